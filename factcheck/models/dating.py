"""The date fields a claim and a timeline event share: a TimeML value plus its bounds."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q


class Precision(models.TextChoices):
    # Ordered finest to coarsest: COARSENESS below relies on this order.
    DAY = "day", "Day"
    WEEK = "week", "Week"
    MONTH = "month", "Month"
    SEASON = "season", "Season"
    QUARTER = "quarter", "Quarter"
    YEAR = "year", "Year"
    DECADE = "decade", "Decade"
    CENTURY = "century", "Century"


COARSENESS = {precision.value: rank for rank, precision in enumerate(Precision)}
DATE_HELP = 'try "September 2010", "2010-09" or, for a range, "2001 to 2005"'


def before_the_calendar(mention) -> bool:
    """A year before Christ ("44 BC", valued "BC0044" as TIMEX2 writes it): a date all
    the same, but with no calendar bounds (datetime.date starts at AD 1), so it dates
    nothing, and the words that name it must not borrow a date from their neighbours."""
    return mention.before_christ


def names_a_date(mention) -> bool:
    """Whether a mention is a date, placeable or not: one with calendar bounds, or a year
    before AD 1. Such a date is marked in the text and cuts its clause from the others;
    "recently" and durations are not dates here."""
    return mention.earliest is not None or before_the_calendar(mention)


class DatedFields(models.Model):
    """`date_value` is what the text says (a TIMEX3 value such as "2010-09" or "201X", or
    for a range the ISO 8601 interval of its ends, "2001/2005");
    `earliest`/`latest` are the days it covers, which sorting and filtering use."""

    date_text = models.CharField(
        "date as written", max_length=200, blank=True, help_text='For example "last September".'
    )
    date_value = models.CharField(
        "date value",
        max_length=40,
        blank=True,
        help_text='TimeML value: "2011-05-18", "2010-09", "2001", "201X", "2011-SU".',
    )
    earliest = models.DateField(null=True, blank=True)
    latest = models.DateField(null=True, blank=True)
    precision = models.CharField(max_length=10, choices=Precision.choices, blank=True)
    approximate = models.BooleanField(default=False)

    class Meta:
        abstract = True

    @classmethod
    def date_constraints(cls, prefix: str) -> list[models.BaseConstraint]:
        return [
            models.CheckConstraint(
                condition=Q(earliest__isnull=True)
                | Q(latest__isnull=True)
                | Q(earliest__lte=F("latest")),
                name=f"{prefix}_earliest_not_after_latest",
                violation_error_message="The earliest date must not be after the latest date.",
            ),
            models.CheckConstraint(
                condition=Q(precision__in=[*Precision.values, ""]),
                name=f"{prefix}_precision_known",
            ),
        ]

    # What a date is, apart from how it was written ("last May" and "May 2011" are one
    # date): compare two of them by date_key.
    DATE_KEY = ("date_value", "earliest", "latest", "precision", "approximate")

    @property
    def date_key(self) -> tuple:
        return tuple(getattr(self, name) for name in self.DATE_KEY)

    @property
    def is_dated(self) -> bool:
        return self.earliest is not None

    @property
    def is_range(self) -> bool:
        """Whether the date is a range ("from 2001 to 2005"), stored as the interval
        "2001/2005": earliest and latest are its ends, precision that of the ends."""
        return "/" in self.date_value

    @property
    def precision_label(self) -> str:
        """ "month", or "range of years" for a range of them."""
        if self.is_range and self.precision:
            return (
                f"range of {self.precision}s"
                if self.precision != "century"
                else "range of centuries"
            )
        return self.precision

    @property
    def date_in_words(self) -> str:
        from factcheck.temporal import describe_value
        from factcheck.temporal.values import part_mod

        if not self.date_value:
            return ""
        # "early 2010" keeps its "early": the narrowed bounds say it.
        mod = (
            "APPROX" if self.approximate else part_mod(self.date_value, self.earliest, self.latest)
        )
        return describe_value(self.date_value, mod)

    def clean_dates(self) -> None:
        if self.earliest and self.latest and self.earliest > self.latest:
            raise ValidationError(
                {"latest": "The earliest date must not be after the latest date."}
            )
        if self.date_value and not self.earliest:
            raise ValidationError({"date_value": "A date needs its bounds (earliest and latest)."})

    def set_date_from_mention(self, mention) -> None:
        """Copy a factcheck.temporal DateMention onto these fields."""
        self.date_text = mention.text[:200]
        self.date_value = mention.value
        self.earliest = mention.earliest
        self.latest = mention.latest
        self.precision = mention.precision or ""
        self.approximate = bool(mention.approximate)

    def set_date_from_text(self, text: str, *, anchor) -> None:
        """Read a date as a person typed it ("Sept 2010", "last September", counted from
        `anchor`) with the tagger that reads articles; "" clears the date. Raises
        ValidationError on date_text, with what to type, when it cannot be read."""
        from factcheck.temporal import parse_date, tag

        text = (text or "").strip()
        if not text:
            self.date_text = self.date_value = self.precision = ""
            self.earliest = self.latest = None
            self.approximate = False
            return
        mention = parse_date(text, anchor)
        if mention is None or mention.earliest is None:
            if any(before_the_calendar(found) for found in tag(text, anchor)):
                raise ValidationError(
                    {
                        "date_text": f'"{text}" is before AD 1, which a timeline cannot place: '
                        "leave the date empty and keep the year in the claim's words."
                    }
                )
            raise ValidationError(
                {"date_text": f'Could not read "{text}" as one date; {DATE_HELP}.'}
            )
        self.set_date_from_mention(mention)
        self.date_text = text[:200]


# Every field of a date, in order: what a typed date sets, what a merge copies.
DATE_FIELDS = tuple(field.name for field in DatedFields._meta.fields)
