"""Forms the admin shares between apps (claims here, timeline events in timeline.admin).
Apart from factcheck.forms, whose editor forms lean on the claim services: an admin form
needs the models only."""

import datetime

from django import forms
from django.core.exceptions import ValidationError

from factcheck.models import DatedFields

# The fields a typed date sets on a claim or an event.
DATE_FIELDS = [field.name for field in DatedFields._meta.fields]


class TypedDateAdminForm(forms.ModelForm):
    """An admin form for a model with DatedFields: the date as written is read with the
    editor's reader, so "May 2011" sets the value, bounds and precision, as a date typed
    on the editor pages does. With no text, the value and bounds typed below it are
    kept; a text saved unchanged keeps its date (read again, "last September" could move
    with the anchor), unless the record has no bounds yet, which reading it repairs."""

    def date_anchor(self, cleaned: dict) -> datetime.date:
        """What relative dates count from: the publication date of the record's article."""
        raise NotImplementedError

    def clean(self):
        cleaned = super().clean()
        text = (cleaned.get("date_text") or "").strip()
        if not text or ("date_text" not in self.changed_data and cleaned.get("earliest")):
            return cleaned
        try:
            self.instance.set_date_from_text(text, anchor=self.date_anchor(cleaned))
        except ValidationError as error:
            self.add_error(None, error)
            return cleaned
        # The form copies cleaned_data onto the instance after clean(): keep them equal.
        cleaned.update({name: getattr(self.instance, name) for name in DATE_FIELDS})
        return cleaned
