"""The preview of a creators list import: who is added, who is updated and which rows are left out."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from studio.imports.creator_list_import import Preview

#: Bad values listed one a line; past this many, a count (a broken column can fill thousands).
SHOWN_PROBLEMS = 50


class ImportPreviewDialog(QDialog):
    """Lists the creators an import adds (+) and updates (~), the columns it read and every bad value
    of the rows it leaves out; Import applies the good rows."""

    def __init__(
        self, plan: Preview, source: str, parent: QWidget | None = None, kept: Preview | None = None
    ) -> None:
        """``kept``: the same import keeping the project's values where the list differs (offered when given)."""
        super().__init__(parent)
        from studio.ui.views.creator_deal_words import field_titles
        from studio.ui.views.creator_list_words import describe_value, row_list

        self._plan, self._kept = plan, kept

        self.setWindowTitle(self.tr("Import creators from {source}").format(source=source))
        self._titles = field_titles()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.names = QListWidget(self)
        #: Keep the project's values where the list differs (shown only when it does).
        self.keep = QCheckBox(
            self.tr("Keep the project's values where the list differs (fill only empty fields)"),
            self,
        )  # fmt: skip
        self.keep.setVisible(kept is not None)
        self.keep.toggled.connect(lambda _on: self._fill())
        skipped = plan.skipped
        #: Why rows are left out (hidden when none is).
        self.skipped_label = QLabel(self)
        self.skipped_label.setObjectName("creatorsSkipped")
        self.skipped_label.setWordWrap(True)
        self.skipped_label.setStyleSheet("color: #c0392b;")
        self.skipped_label.setText(
            self.tr(
                "{count} of {rows} rows hold a bad value and will not be imported (rows {numbers}). "
                "Fix them in the file and import it again to add them."
            ).format(count=len(skipped), rows=plan.rows, numbers=row_list(skipped))
        )
        self.problems = QListWidget(self)
        self.problems.setObjectName("creatorsProblems")
        self.problems.setWordWrap(True)  # a refusal names the choices: read whole, not scrolled sideways
        lines = [describe_value(p) for p in plan.problems[:SHOWN_PROBLEMS]]
        if len(plan.problems) > SHOWN_PROBLEMS:
            lines.append(
                self.tr("… and {count} more bad values").format(count=len(plan.problems) - SHOWN_PROBLEMS)
            )
        self.problems.addItems(lines)
        for widget in (self.skipped_label, self.problems):
            widget.setVisible(bool(skipped))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        text = (
            self.tr("Import the other {count} rows").format(count=plan.rows - len(skipped)) if skipped else ""
        )
        self.import_button = buttons.addButton(
            text or self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._fill()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.names, 1)
        layout.addWidget(self.keep)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.resize(560 if skipped else 420, 480 if skipped else 320)

    def chosen(self) -> Preview:
        """The import as chosen: the list's values replacing the project's, or the project's kept."""
        return self._kept if self._kept is not None and self.keep.isChecked() else self._plan

    def _fill(self) -> None:
        """List who is added and updated, each earlier value the list differs from replaced or kept."""
        plan, titles = self.chosen(), self._titles
        self.summary.setText(
            self.tr("{added} to add, {updated} to update. Columns read: {columns}.").format(
                added=len(plan.added), updated=len(plan.updated),
                columns=self.tr(", ").join(titles[f] for f in plan.fields),
            )
        )  # fmt: skip
        self.names.clear()
        self.names.addItems([f"+ {n}" for n in plan.added])
        differ: dict[str, list[str]] = {}
        for who, name, old, new in plan.overwritten:
            line = (
                self.tr("{field} {old} kept (the list says {new})") if plan.kept
                else self.tr("{field} {old} → {new}")
            ).format(field=titles[name], old=_shown(old), new=_shown(new))  # fmt: skip
            differ.setdefault(who, []).append(line)
        # Every earlier value the list differs from is listed under its creator: nothing goes unseen.
        for n in [*plan.updated, *(w for w in differ if w not in plan.updated)]:
            self.names.addItem(f"~ {n}")
            self.names.addItems([f"      {line}" for line in differ.get(n, [])])
        self.import_button.setEnabled(plan.changes)


def _shown(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value) if value not in ("", None) else "–"
