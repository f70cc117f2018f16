"""Benchmark (not a test): render an edition and send it to 10k (and 100k) subscribers through
the real sending path (plan, claimed batches, chunks in flight, one row per address, the MIME
message built once per batch) to a local SMTP sink (aiosmtpd's Sink handler, in its own process).
Prints and writes bench/results/newsletter-*.md.

    make bench-newsletter            # 10 000 subscribers (about a minute on an idle machine)
    make bench-newsletter LARGE=1    # 10 000 then 100 000 (about ten minutes on an idle machine)
"""

import argparse
import datetime
import json
import os
import platform
import resource
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench" / "results"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def setup_django(port):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ.setdefault("VAR_DIR", str(ROOT / "var" / "bench-newsletter"))
    os.environ.update(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(port),
        NEWSLETTER_RATE_PER_SECOND="0",
        NEWSLETTER_BATCH_SIZE="500",
    )
    Path(os.environ["VAR_DIR"]).mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def edition():
    import datetime as dt

    from wagtail.rich_text import RichText

    from cms.models import HomePage
    from inspiration.models import InspirationIndexPage, NewsletterPage

    page = NewsletterPage.objects.filter(slug="banc-lettre").first()
    if page:
        return page
    home = HomePage.objects.get()
    index = InspirationIndexPage.objects.first()
    if index is None:
        index = home.add_child(instance=InspirationIndexPage(title="Lettres", slug="lettres"))
    intro = "<p>" + "Les nouvelles du mois, les expériences et l'agenda. " * 40 + "</p>"
    return index.add_child(
        instance=NewsletterPage(
            title="Lettre du banc d'essai",
            slug="banc-lettre",
            edition_number=999,
            edition_month=dt.date(2026, 11, 1),
            summary="Une édition d'une taille habituelle.",
            sections=[("intro", RichText(intro))] * 6,
        )
    )


def subscribers(count):
    from django.utils import timezone

    from newsletter.models import Delivery, Sending, Subscriber

    Delivery.objects.all().delete()
    Sending.objects.all().delete()
    Subscriber.objects.all().delete()
    now = timezone.now()
    for start in range(0, count, 10000):
        Subscriber.objects.bulk_create(
            Subscriber(
                email=f"abonne{index:07d}@exemple.fr",
                status=Subscriber.Status.CONFIRMED,
                consent_at=now,
                confirmed_at=now,
                consent_source="bench",
                consent_text_version="bench",
            )
            for index in range(start, min(count, start + 10000))
        )


def measure(count):
    from newsletter.services import rendering
    from newsletter.services import sending as sendings

    page = edition()
    subscribers(count)
    started = time.perf_counter()
    rendered = rendering.render(page)
    render_s = time.perf_counter() - started
    started = time.perf_counter()
    sending = sendings.plan(page, "all")
    plan_s = time.perf_counter() - started
    rss_before = rss_mb()
    started = time.perf_counter()
    sent = sendings.run(sending)
    send_s = time.perf_counter() - started
    return {
        "subscribers": count,
        "sent": sent,
        "html_kb": round(len(rendered.html.encode()) / 1024, 1),
        "render_ms": round(render_s * 1000, 1),
        "plan_s": round(plan_s, 2),
        "send_s": round(send_s, 2),
        "messages_per_s": round(sent / send_s, 1),
        "rss_mb_before_send": round(rss_before, 1),
        "rss_mb_after_send": round(rss_mb(), 1),
        "peak_rss_mb": round(peak_mb(), 1),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000])
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    port = free_port()
    sink = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
        [
            sys.executable,
            "-m",
            "aiosmtpd",
            "-n",
            "-c",
            "aiosmtpd.handlers.Sink",
            "-l",
            f"127.0.0.1:{port}",
        ],
    )
    try:
        for _ in range(50):
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        setup_django(port)
        from django.db import connection

        rows = []
        for size in args.sizes:
            row = measure(size)
            print(json.dumps(row, ensure_ascii=False), flush=True)
            rows.append(row)
    finally:
        sink.terminate()
        sink.wait()
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H%MZ")
    meta = {
        "date": stamp,
        "database": connection.vendor,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_before": round(load_before, 1),
        "load_after": round(os.getloadavg()[0], 1),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"newsletter-{stamp}.json").write_text(
        json.dumps({"meta": meta, "rows": rows}, ensure_ascii=False, indent=2)
    )
    lines = [
        f"# Lettre d'information : rendu et envoi ({stamp}, {meta['database']}, {meta['cpus']} cœurs)",
        "",
        "Envoi réel par lots réclamés (une ligne par adresse) vers un puits SMTP local (aiosmtpd Sink), "
        "sans limite de débit, lots de 500, tranches en vol de 10, message MIME construit une fois par lot. Charge de la machine (1 min) : "
        f"{meta['load_before']} avant, {meta['load_after']} après.",
        "",
        "| abonnés | envoyés | HTML (Kio) | rendu (ms) | planification (s) | envoi (s) | messages/s | RSS avant / après envoi (Mo) | pic RSS (Mo) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['subscribers']} | {r['sent']} | {r['html_kb']} | {r['render_ms']} | {r['plan_s']} | "
            f"{r['send_s']} | {r['messages_per_s']} | {r['rss_mb_before_send']} / {r['rss_mb_after_send']} | "
            f"{r['peak_rss_mb']} |"
        )
    (RESULTS / f"newsletter-{stamp}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
