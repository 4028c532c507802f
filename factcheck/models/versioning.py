"""Optimistic locking: every save of a versioned row checks that nobody saved it since
it was read. Two editors on the same claim get a conflict, never a silent overwrite."""

from django.db import models, transaction


class EditConflict(Exception):
    """Raised when the row changed since the caller read it. `current` is the row as
    it is now, so the second editor can be shown what changed."""

    def __init__(self, current):
        self.current = current
        super().__init__(
            f"{current._meta.verbose_name.capitalize()} was changed by someone else "
            "since you opened it."
        )


class Versioned(models.Model):
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self._state.adding or self.pk is None:
            return super().save(*args, **kwargs)
        # The lock makes check-and-bump one step on PostgreSQL; SQLite serialises
        # writers with IMMEDIATE transactions (see settings), which gives the same.
        with transaction.atomic():
            current = (
                type(self)
                ._default_manager.select_for_update()
                .filter(pk=self.pk)
                .values_list("version", flat=True)
                .first()
            )
            if current is not None and current != self.version:
                raise EditConflict(type(self)._default_manager.get(pk=self.pk))
            self.version = (current or 0) + 1
            update_fields = kwargs.get("update_fields")
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "version"}
            return super().save(*args, **kwargs)
