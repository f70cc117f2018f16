"""`make bench-load CLUSTER=1`: the load test through HAProxy on the two nodes of `make cluster`,
with node A killed (SIGKILL, its master and workers) a third of the way in and restarted ten
seconds later. Every request carries an X-Request-ID that HAProxy logs with the node that took it
and how it ended: a failure a client saw passes only if HAProxy's line says node A cut it (« SH »,
« SD »), i.e. it was in flight on A when A died."""

import contextlib
import csv
import io
import os
import signal
import socket
import subprocess
import threading
import time
import urllib.request

from bench.load.database import ROOT, step

CLUSTER = ROOT / "scripts" / "cluster"
VAR = ROOT / "var" / "cluster"
PROXY_URL = "http://127.0.0.1:4500"
STATS_URL = "http://127.0.0.1:4501/;csv"
NODE_LOGS = ("app-a.log", "app-b.log")
PROXY_LOG = ("127.0.0.1", 4502)  # scripts/cluster: HAProxy's log-format, one UDP line per request


class ProxyLog(threading.Thread):
    """HAProxy's line for every request of the run, by X-Request-ID: the node that took it, the
    status and the termination state (« SH », « SD »: the node cut it before or while answering)."""

    def __init__(self):
        super().__init__(daemon=True)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * 1024 * 1024)
        self.sock.bind(PROXY_LOG)
        self.sock.settimeout(0.5)
        self.lines = {}
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.is_set():
            try:
                data = self.sock.recv(8192)
            except TimeoutError:
                continue
            parts = data.decode(errors="replace").split()
            if len(parts) >= 4 and len(parts[0]) == 36:  # a request's line (not a health event)
                rid, server, status, state = parts[:4]
                self.lines[rid] = {"server": server, "status": status, "state": state}

    def stop(self):
        time.sleep(1)  # the last lines are on their way
        self.stopped.set()
        self.join()
        self.sock.close()

    def summary(self):
        """How HAProxy ended the requests: count per node and termination state, and the lines
        that did not end normally (« -- »)."""
        import collections

        counts = collections.Counter(
            f"{line['server']} {line['state']}" for line in self.lines.values()
        )
        unusual = [{"id": rid, **line} for rid, line in self.lines.items() if line["state"] != "--"]
        return {"states": dict(counts), "unusual": unusual[:40]}

    def cut_by(self, server="a"):
        """Requests the node cut (HAProxy's termination state S…): its in-flight ones at death."""
        return [
            rid
            for rid, line in self.lines.items()
            if line["server"] == server and line["state"][:1] in "Ss"
        ]


def start():
    subprocess.run([str(CLUSTER), "start"], cwd=ROOT, check=True, capture_output=True)  # noqa: S603
    # A cluster started by an older scripts/cluster: HAProxy takes the current configuration.
    subprocess.run(  # noqa: S603
        [str(CLUSTER), "start-one", "haproxy"], cwd=ROOT, check=True, capture_output=True
    )


def node_env():
    """The nodes' environment (`scripts/cluster env`): their database, Redis, search engine."""
    lines = subprocess.run(  # noqa: S603
        [str(CLUSTER), "env"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    env = {}
    for line in lines.splitlines():
        name, _, value = line.removeprefix("export ").partition("=")
        env[name] = value.strip("'")
    return env


def server_stats(server="a"):
    with urllib.request.urlopen(STATS_URL, timeout=5) as response:  # noqa: S310 (loopback)
        text = response.read().decode().lstrip("# ")
    for row in csv.DictReader(io.StringIO(text)):
        if row["pxname"] == "nodes" and row["svname"] == server:
            return {key: int(row[key] or 0) for key in ("eresp", "srv_abrt", "econ", "hrsp_5xx")}
    raise RuntimeError(f"serveur {server} absent des statistiques de HAProxy")


def wait_until_up(seconds=120):
    """HAProxy takes a node back after two good checks: warm up only once both are in."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with urllib.request.urlopen(STATS_URL, timeout=5) as response:  # noqa: S310 (loopback)
            text = response.read().decode().lstrip("# ")
        states = {
            row["svname"]: row["status"]
            for row in csv.DictReader(io.StringIO(text))
            if row["pxname"] == "nodes" and row["svname"] in ("a", "b")
        }
        if states and all(state == "UP" for state in states.values()):
            return
        time.sleep(1)
    raise RuntimeError(f"HAProxy n'a pas repris les deux nœuds : {states}")


def log_sizes():
    return {name: (VAR / name).stat().st_size if (VAR / name).exists() else 0 for name in NODE_LOGS}


def log_since(sizes):
    text = ""
    for name, size in sizes.items():
        with (VAR / name).open("rb") as handle:
            handle.seek(size)
            text += handle.read().decode(errors="replace")
    return text


class NodeKiller(threading.Thread):
    """SIGKILL node A at `kill_at` seconds, restart it `down_for` seconds later."""

    def __init__(self, kill_at, database, down_for=10):
        super().__init__(daemon=True)
        self.kill_at, self.down_for, self.database = kill_at, down_for, database
        self.report = {}

    def run(self):
        time.sleep(self.kill_at)
        master = int((VAR / "app-a.pid").read_text())
        workers = subprocess.run(  # noqa: S603
            ["/usr/bin/pgrep", "-P", str(master)], capture_output=True, text=True, check=False
        ).stdout.split()
        for pid in [master, *map(int, workers)]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        killed = time.monotonic()
        self.report["killed_at"] = time.time()
        step(f"nœud A tué (SIGKILL, maître {master} et {len(workers)} workers)")
        time.sleep(self.down_for)
        # On the load test's database, as node B: not the demo's (its tokens are not there).
        restarted = subprocess.run(  # noqa: S603
            [str(CLUSTER), "restart-node", "a"],
            cwd=ROOT,
            env={**os.environ, "CLUSTER_DB": self.database},
            capture_output=True,
            text=True,
        )
        if restarted.returncode != 0:
            step(
                f"nœud A : redémarrage en échec ({restarted.returncode}) {restarted.stderr[-2000:]}"
            )
        self.report = {
            **self.report,
            "restarted_at": time.time(),
            "restarted": restarted.returncode == 0,
            "killed_pid": master,
            "killed_workers": len(workers),
            "down_s": round(time.monotonic() - killed, 1),
        }
        step(f"nœud A redémarré, {self.report['down_s']} s après")


def fresh_database(name, env):
    """The load test's own database on the cluster's primary, created afresh and migrated (the
    seed is not idempotent; the demo database is left alone)."""
    import sys
    import urllib.parse

    import psycopg

    from bench.load.database import run

    primary = env["DATABASE_URL"]
    with psycopg.connect(primary, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')  # template1 has unaccent
    url = urllib.parse.urlunsplit(urllib.parse.urlsplit(primary)._replace(path=f"/{name}"))
    step(f"migrate (base « {name} » sur le primaire de la grappe)")
    run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], {**env, "DATABASE_URL": url})
    return url


def restart_nodes(database=None):
    """Both application nodes again, on `database` (CLUSTER_DB), or on the demo's when None."""
    env = {**os.environ}
    env.pop("CLUSTER_DB", None)
    if database:
        env["CLUSTER_DB"] = database
    for node in ("a", "b"):
        subprocess.run([str(CLUSTER), "stop-one", f"app-{node}"], cwd=ROOT, check=True, env=env)  # noqa: S603
        subprocess.run(  # noqa: S603
            [str(CLUSTER), "restart-node", node], cwd=ROOT, check=True, env=env, capture_output=True
        )
    wait_until_up()
