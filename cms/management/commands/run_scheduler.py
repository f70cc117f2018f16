"""manage.py run_scheduler — enqueue the periodic tasks (TASKS_SCHEDULE) until stopped.

Publication and expiry of scheduled pages every minute, the weekly journal digest, the pruning of
old task results; `manage.py db_worker` runs them. See cms/scheduler.py."""

import signal

from django.core.management.base import BaseCommand

from cms.scheduler import Scheduler


class Command(BaseCommand):
    help = "Met en file les tâches périodiques (publication programmée, lettre hebdomadaire…)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--once",
            action="store_true",
            help="Mettre en file une fois chaque tâche, puis s'arrêter.",
        )

    def handle(self, *args, once=False, **options):
        scheduler = Scheduler()
        if once:
            for path in scheduler.run_due():
                self.stdout.write(f"{path} mise en file")
            return
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, scheduler.stop)
        self.stdout.write(
            "Planificateur démarré : "
            + ", ".join(f"{e.task.name} toutes les {e.every:g} s" for e in scheduler.entries)
        )
        scheduler.run_forever()
        self.stdout.write("Planificateur arrêté.")
