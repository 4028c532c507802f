"""python manage.py propose_merges [--min-similarity 0.3]

Look for events told by several articles (overlapping dates, similar words) and queue
merge proposals for an editor to confirm at /editor/merges/. Safe to run from cron:
a pair is never proposed twice."""

from django.core.management.base import BaseCommand, CommandError

from timeline.services.merging import MIN_SIMILARITY, propose_merges


class Command(BaseCommand):
    help = "Queue merge proposals for events that several articles tell."

    def add_arguments(self, parser):
        parser.add_argument(
            "--min-similarity",
            type=float,
            default=MIN_SIMILARITY,
            help=f"Word overlap (0 to 1) a pair needs; default {MIN_SIMILARITY}.",
        )

    def handle(self, *args, **options):
        threshold = options["min_similarity"]
        if not 0 < threshold <= 1:
            raise CommandError("--min-similarity must be above 0 and at most 1.")
        created = propose_merges(min_similarity=threshold)
        self.stdout.write(f"{len(created)} new merge proposal{'s' if len(created) != 1 else ''}.")
        for proposal in created:
            self.stdout.write(f"  {proposal.merged} → {proposal.kept} ({proposal.similarity:.2f})")
