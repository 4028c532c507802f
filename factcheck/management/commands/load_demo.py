from django.core.management.base import BaseCommand

from factcheck.demo import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Load the demo newsroom (idempotent: a second run changes nothing)."

    def handle(self, *args, **options):
        article, created = load_demo()
        verb = "Loaded" if created else "Already loaded:"
        self.stdout.write(
            f"{verb} demo article “{article.title}” ({article.claims.accepted().count()} accepted claims)."
        )
        self.stdout.write(
            f"Sign in at /accounts/login/ as editor, reviewer or admin with password {DEMO_PASSWORD!r}."
        )
