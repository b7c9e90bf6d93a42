"""Adding and editing a gateway account: a form generated from the provider's settings schema.

Secret fields are masked (with a button to reveal what was typed) and go only
to the keyring; when editing, they start empty and an empty one keeps the
stored secret, which is never read back into the form.  "Test connection"
tries what is in the form without saving it, with a spinner, and shows the
gateway's own words when it fails.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wadesk.domain.models import Account, DeviceState
from wadesk.domain.settings import FieldType, SettingField
from wadesk.providers.base import ProviderInfo
from wadesk.providers.registry import provider_ids, provider_info
from wadesk.services.devices import ProbeResult, probe
from wadesk.ui import format as fmt
from wadesk.ui import icons, theme
from wadesk.ui.context import UiContext
from wadesk.ui.tasks import Tasks
from wadesk.ui.widgets.notice import Notice
from wadesk.ui.widgets.spinner import Spinner


class AccountDialog(QDialog):
    saved = Signal(object)  # the Account as saved

    def __init__(self, ctx: UiContext, account: Account | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self._tasks = Tasks(self)
        self._fields: dict[str, QLineEdit] = {}
        self._flags: dict[str, QCheckBox] = {}
        self._field_rows: list[QWidget] = []
        editing = account is not None
        self.setWindowTitle(self.tr("Edit account") if editing else self.tr("Add account"))
        self.setMinimumWidth(560)

        title = QLabel(self.tr("Edit %1").replace("%1", account.name) if account else self.tr("Add a gateway account"))
        title.setObjectName("PanelTitle")
        title.setWordWrap(True)
        intro = QLabel(
            self.tr("Keys and tokens are kept in your system's keyring, never in wadesk's files.")
            if not editing
            else self.tr("Leave a key empty to keep the one saved in the keyring.")
        )
        intro.setObjectName("PanelSubtitle")
        intro.setWordWrap(True)

        self.provider_combo = QComboBox()
        for pid in provider_ids():
            self.provider_combo.addItem(provider_info(pid).name, pid)
        self.provider_blurb = QLabel()
        self.provider_blurb.setObjectName("ProviderBlurb")
        self.provider_blurb.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Toko Berkah Jaya"))
        self.name_edit.setMaxLength(64)
        self.base_url_edit = QLineEdit()

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        self.form.addRow(self.tr("Gateway"), self.provider_combo)
        self.form.addRow("", self.provider_blurb)
        self.form.addRow(self.tr("Account name"), self.name_edit)
        self.form.addRow(self.tr("API address"), self.base_url_edit)
        self._fixed_rows = self.form.rowCount()

        self.test_button = QPushButton(icons.icon("phone_link"), self.tr("Test connection"))
        self.test_button.setToolTip(self.tr("Ask the gateway with these settings, without saving them"))
        self.test_button.clicked.connect(self.test_connection)
        self.spinner = Spinner(18)
        self.feedback = Notice(hide_after_ms=60_000)

        self.save_button = QPushButton(self.tr("Save") if editing else self.tr("Add account"))
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.spinner)
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(16)
        layout.addLayout(self.form)
        layout.addSpacing(12)
        layout.addWidget(self.feedback)
        layout.addStretch()
        layout.addSpacing(8)
        layout.addLayout(buttons)

        if account is not None:
            self.provider_combo.setCurrentIndex(max(0, self.provider_combo.findData(account.provider)))
            self.provider_combo.setEnabled(False)
            self.name_edit.setText(account.name)
            self.name_edit.setReadOnly(True)
            self.name_edit.setToolTip(self.tr("An account keeps its name; add a new account to use another"))
        self.provider_combo.currentIndexChanged.connect(self._build_fields)
        self._build_fields()
        if account is None:
            self.name_edit.setFocus()
        else:
            self.base_url_edit.setText(account.base_url)
            for name, value in account.settings.items():
                if name in self._fields:
                    self._fields[name].setText(value)
                elif name in self._flags:
                    self._flags[name].setChecked(value.strip().lower() in ("yes", "true", "on", "1"))

    # -- the generated part of the form -------------------------------------------

    @property
    def provider_id(self) -> str:
        return str(self.provider_combo.currentData())

    @property
    def info(self) -> ProviderInfo:
        return provider_info(self.provider_id)

    def field(self, name: str) -> QLineEdit:
        """The input of setting ``name`` (the provider's own parameter name)."""
        return self._fields[name]

    def _build_fields(self) -> None:
        while self.form.rowCount() > self._fixed_rows:
            self.form.removeRow(self._fixed_rows)
        self._fields.clear()
        self._flags.clear()
        info = self.info
        self.provider_blurb.setText(info.description)
        self.provider_blurb.setVisible(bool(info.description))
        if info.default_base_url:
            self.base_url_edit.setPlaceholderText(info.default_base_url)
            self.base_url_edit.setToolTip(self.tr("Leave empty to use %1").replace("%1", info.default_base_url))
        else:  # no public host: the address is required
            self.base_url_edit.setPlaceholderText(self.tr("Required: https://your gateway's address"))
            self.base_url_edit.setToolTip(
                self.tr("%1 has no public address: give the one of your gateway").replace("%1", info.name)
            )
        for spec in info.settings.fields:
            if spec.type is FieldType.FLAG:
                self._add_flag(spec)
                continue
            edit = self._make_input(spec)
            self._fields[spec.name] = edit
            label = spec.label if spec.required or spec.secret else self.tr("%1 (optional)").replace("%1", spec.label)
            if spec.help:
                box = QWidget()
                column = QVBoxLayout(box)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(3)
                column.addWidget(edit)
                help_label = QLabel(spec.help)
                help_label.setObjectName("FieldHelp")
                help_label.setWordWrap(True)
                column.addWidget(help_label)
                self.form.addRow(label, box)
            else:
                self.form.addRow(label, edit)
        self.feedback.dismiss()

    def _add_flag(self, spec: SettingField) -> None:
        """A yes/no setting: a check box, its help beneath it."""
        check = QCheckBox(spec.label)
        check.setObjectName(f"field_{spec.name}")
        check.toggled.connect(lambda _checked: self.feedback.dismiss())
        self._flags[spec.name] = check
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(check)
        if spec.help:
            help_label = QLabel(spec.help)
            help_label.setObjectName("FieldHelp")
            help_label.setWordWrap(True)
            column.addWidget(help_label)
        self.form.addRow("", box)

    def flag(self, name: str) -> QCheckBox:
        """The check box of yes/no setting ``name``."""
        return self._flags[name]

    def _make_input(self, spec: SettingField) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"field_{spec.name}")
        edit.setAccessibleName(spec.label)
        if spec.type is FieldType.SECRET:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData)
            if self.account is not None:
                edit.setPlaceholderText(self.tr("Saved in the keyring — leave empty to keep"))
            reveal = QAction(self.tr("Show"), edit)
            reveal.setToolTip(self.tr("Show or hide what you typed"))
            reveal.setCheckable(True)
            reveal.setIcon(icons.icon("eye", theme.current().muted))
            reveal.toggled.connect(self._reveal)
            edit.addAction(reveal, QLineEdit.ActionPosition.TrailingPosition)
        elif spec.default:
            edit.setPlaceholderText(spec.default)
        elif spec.type is FieldType.URL:
            edit.setPlaceholderText("https://")
        edit.textEdited.connect(self._edited)
        return edit

    def _reveal(self, shown: bool) -> None:
        action = self.sender()
        edit = action.parent() if isinstance(action, QAction) else None
        if isinstance(edit, QLineEdit):
            edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _edited(self, _text: str) -> None:
        self.feedback.dismiss()

    def _values(self) -> tuple[dict[str, str], dict[str, str]]:
        plain: dict[str, str] = {}
        secret: dict[str, str] = {}
        for spec in self.info.settings.fields:
            if spec.type is FieldType.FLAG:
                if self._flags[spec.name].isChecked():
                    plain[spec.name] = "yes"
                continue
            value = self._fields[spec.name].text().strip()
            if spec.secret:
                if value:
                    secret[spec.name] = value
            elif value:
                plain[spec.name] = value
        return plain, secret

    # -- actions ---------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.spinner.set_running(busy)
        self.test_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def test_connection(self) -> None:
        self._busy(True)
        self.feedback.show_message(self.tr("Asking the gateway…"), "info")
        self._tasks.start(self._probe(), done=self._tested, failed=self._test_failed)

    async def _probe(self) -> ProbeResult:
        plain, secret = self._values()
        if self.account is not None:
            names = [f.name for f in self.info.settings.secret_fields if f.name not in secret]
            kept = await self.ctx.accounts.stored_secrets(self.account, names)
            secret = {**kept, **secret}
        return await probe(
            self.provider_id, self.base_url_edit.text(), plain, secret, factory=self.ctx.provider_factory
        )

    def _tested(self, result: ProbeResult) -> None:
        self._busy(False)
        device = result.device
        if device is None:
            text = self.tr("The gateway answered. Balance: %1").replace("%1", result.balance or "?")
        elif device.state is DeviceState.CONNECTED:
            number = fmt.phone(device.number)
            text = (
                self.tr("Connected. WhatsApp %1 is paired.").replace("%1", number)
                if number
                else self.tr("Connected. The phone is paired.")
            )
        else:
            text = self.tr("The gateway accepted the settings. No phone is paired yet: pair one from Devices.")
        self.feedback.show_message(text, "ok")

    def _test_failed(self, words: str) -> None:
        self._busy(False)
        self.feedback.show_message(self.tr("The test failed: %1").replace("%1", words), "error")

    def save(self) -> None:
        self._busy(True)
        self.feedback.dismiss()
        self._tasks.start(self._save(), done=self._saved, failed=self._save_failed)

    async def _save(self) -> Account:
        plain, secret = self._values()
        if self.account is None:
            return await self.ctx.accounts.add(
                self.name_edit.text(),
                self.provider_id,
                base_url=self.base_url_edit.text().strip() or None,
                settings=plain,
                secrets=secret,
            )
        return await self.ctx.accounts.update(
            self.account, base_url=self.base_url_edit.text().strip() or None, settings=plain, secrets=secret
        )

    def _saved(self, account: Account) -> None:
        self._busy(False)
        self.account = account
        self.saved.emit(account)
        self.accept()

    def _save_failed(self, words: str) -> None:
        self._busy(False)
        self.feedback.show_message(self.tr("Not saved: %1").replace("%1", words), "error")

    def done(self, result: int) -> None:
        self._tasks.cancel_all()
        super().done(result)
