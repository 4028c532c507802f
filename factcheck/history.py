"""Fills the extra columns of claim history rows (see ClaimHistoryFields)."""

from django.dispatch import receiver
from simple_history.signals import pre_create_historical_record


@receiver(pre_create_historical_record)
def snapshot_claim_sources(sender, instance, history_instance, **kwargs):
    from factcheck.models import Claim

    if isinstance(instance, Claim) and instance.pk:
        # One query per saved claim: the verdict's sources as they are at this moment.
        history_instance.sources_snapshot = [s.snapshot() for s in instance.sources.all()]
