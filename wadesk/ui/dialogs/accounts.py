"""Adding and editing a gateway account: a form generated from the provider's settings schema.

Secret fields are masked (with a button to reveal what was typed) and go only
to the keyring; when editing, they start empty and an empty one keeps the
stored secret, which is never read back into the form.  "Test connection"
tries what is in the form without saving it, with a spinner, and shows the
gateway's own words when it fails.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wadesk.domain.errors import NotSupported, ValidationError, WadeskError
from wadesk.domain.models import Account, DeviceState
from wadesk.domain.settings import ALLOW_HTTP, FieldType, SettingField, check_url, plain_http_host
from wadesk.providers.base import ProviderInfo
from wadesk.providers.registry import provider_ids, provider_info
from wadesk.services.accounts import NAME_MAX, NAME_SIGNS, unusable_name_character
from wadesk.services.devices import ProbeResult, probe
from wadesk.ui import format as fmt
from wadesk.ui import icons, theme
from wadesk.ui.context import UiContext
from wadesk.ui.dialogs.gateway_words import GatewayDetails, plain_failure
from wadesk.ui.i18n import say
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
        self._generated: list[QWidget] = []  # the widgets of the provider's own settings, rebuilt with it
        self._errors: dict[str, QLabel] = {}  # each field's message, beneath it
        self._inputs: dict[str, QWidget] = {}  # the input each message is about
        self._tried = False  # once Save was pressed, empty required fields are said as well
        self._last_test: tuple[int, str] | None = None  # (the values tested, as a hash; '' passed, else why not)
        self.confirm_box: QMessageBox | None = None
        editing = account is not None
        self.setWindowTitle(self.tr("Edit account") if editing else self.tr("Add account"))
        self.setMinimumWidth(560)

        title = QLabel(self.tr("Edit %1").replace("%1", account.name) if account else self.tr("Add a gateway account"))
        title.setObjectName("PanelTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)  # a shop's name may hold "&" or "<"
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
        self.provider_blurb.setTextFormat(Qt.TextFormat.PlainText)
        self.provider_blurb.setWordWrap(True)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Toko Maju & Jaya"))
        self.name_edit.setAccessibleName(self.tr("Account name"))
        self.name_edit.textChanged.connect(lambda _text: self._check("name"))
        # Editing: the name cannot change, so it is shown as text, not as a box that looks editable.
        self.name_label = QLabel(account.name if account else "", self)
        self.name_label.setObjectName("ReadOnlyValue")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setToolTip(self.tr("An account keeps its name; add a new account to use another"))
        self.base_url_edit = QLineEdit()
        self.base_url_edit.setAccessibleName(self.tr("API address"))
        self.base_url_edit.textEdited.connect(self._edited)

        # A grid, not a QFormLayout with nested boxes: it gives wrapped help and messages their full height.
        self.form = QGridLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(4)
        self.form.setColumnStretch(1, 1)
        self._add_row(self.tr("Gateway"), self.provider_combo)
        self._add_below(self.provider_blurb)
        self._add_row(self.tr("Account name"), self.name_label if editing else self.name_edit, "name")
        self._add_row(self.tr("API address"), self.base_url_edit, "base_url")
        form_box = QWidget()
        form_box.setObjectName("AccountForm")
        column = QVBoxLayout(form_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.form)
        column.addStretch()  # room to spare goes below the form, not between a field and its help
        # The form scrolls on a small screen; a banner or a message never squeezes one field into another.
        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("AccountFormScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form_scroll.setWidget(form_box)

        self.test_button = QPushButton(icons.icon("phone_link"), self.tr("Test connection"))
        self.test_button.setToolTip(self.tr("Ask the gateway with these settings, without saving them"))
        self.test_button.clicked.connect(self.test_connection)
        self.spinner = Spinner(18)
        self.feedback = Notice(hide_after_ms=60_000)
        self.details = GatewayDetails()
        self.details.button.toggled.connect(lambda _open: self._grow())

        self.save_button = QPushButton(self.tr("Save") if editing else self.tr("Add account"))
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.spinner)
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addWidget(self.form_scroll, 1)
        layout.addSpacing(6)
        layout.addWidget(self.feedback)
        layout.addWidget(self.details)
        layout.addSpacing(8)
        layout.addLayout(buttons)

        if account is not None:
            self.provider_combo.setCurrentIndex(max(0, self.provider_combo.findData(account.provider)))
            self.provider_combo.setEnabled(False)
            self.name_edit.setText(account.name)
            self.name_edit.hide()
        else:
            self.name_label.hide()
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
            self.base_url_edit.setFocus()

    def _add_row(self, text: str, widget: QWidget, key: str | None = None) -> list[QWidget]:
        """A labelled input on a row of its own, with room for its message beneath; the widgets added."""
        row = self.form.rowCount()
        added: list[QWidget] = [widget]
        if text:
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setBuddy(widget)
            self.form.addWidget(label, row, 0)
            added.append(label)
        self.form.addWidget(widget, row, 1)
        if key is not None:
            error = QLabel()
            error.setObjectName("FieldError")
            error.setTextFormat(Qt.TextFormat.PlainText)
            error.setWordWrap(True)
            error.hide()
            self.form.addWidget(error, row + 1, 1)
            self._errors[key] = error
            self._inputs[key] = widget
            added.append(error)
        return added

    def _add_below(self, widget: QWidget) -> None:
        self.form.addWidget(widget, self.form.rowCount(), 1)

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
        for widget in self._generated:
            self.form.removeWidget(widget)
            widget.hide()
            widget.setParent(None)  # out of the form at once: Tab must not reach a gateway's old fields
            widget.deleteLater()
        self._generated.clear()
        for key in [k for k in self._errors if k not in ("name", "base_url")]:
            del self._errors[key], self._inputs[key]
        self._fields.clear()
        self._flags.clear()
        info = self.info
        self.provider_blurb.setText(say(info.description) if info.description else "")
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
                check = QCheckBox(say(spec.label))
                check.setObjectName(f"field_{spec.name}")
                check.toggled.connect(self._flag_toggled)
                self._flags[spec.name] = check
                self._generated += self._add_row("", check, spec.name)
            else:
                edit = self._make_input(spec)
                self._fields[spec.name] = edit
                label = (
                    say(spec.label)
                    if spec.required or spec.secret
                    else self.tr("%1 (optional)").replace("%1", say(spec.label))
                )
                self._generated += self._add_row(label, edit, spec.name)
            if spec.help:
                help_label = QLabel(say(spec.help))
                help_label.setObjectName("FieldHelp")
                help_label.setTextFormat(Qt.TextFormat.PlainText)
                help_label.setWordWrap(True)
                self._add_below(help_label)
                self._generated.append(help_label)
        self._clear("base_url")
        self._forget_test()
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Reading order: the form top to bottom, the banner's buttons, then Test, Cancel and Save."""
        chain: list[QWidget] = [self.provider_combo, self.name_edit, self.base_url_edit]
        for spec in self.info.settings.fields:
            chain.append(self._flags[spec.name] if spec.type is FieldType.FLAG else self._fields[spec.name])
        chain += [*self.feedback.findChildren(QPushButton), self.details.button]
        chain += [self.test_button, self.cancel_button, self.save_button]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def flag(self, name: str) -> QCheckBox:
        """The check box of yes/no setting ``name``."""
        return self._flags[name]

    def _make_input(self, spec: SettingField) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"field_{spec.name}")
        edit.setAccessibleName(say(spec.label))
        if spec.type is FieldType.SECRET:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData)
            if self.account is not None:
                edit.setPlaceholderText(self.tr("Saved — leave empty to keep"))
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
        if spec.suggestions:
            completer = QCompleter(list(spec.suggestions), edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        edit.textEdited.connect(self._edited)
        return edit

    def _reveal(self, shown: bool) -> None:
        action = self.sender()
        edit = action.parent() if isinstance(action, QAction) else None
        if isinstance(edit, QLineEdit):
            edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _edited(self, _text: str) -> None:
        """A value changed: an earlier result no longer speaks for the form; check the field as it is typed."""
        self.feedback.dismiss()
        self.details.clear()
        sender = self.sender()
        key = next((k for k, w in self._inputs.items() if w is sender), None)
        if key is not None:
            self._check(key)

    def _flag_toggled(self, _checked: bool) -> None:
        self.feedback.dismiss()
        self.details.clear()
        self._check("base_url")  # plain HTTP to another computer depends on the box
        for spec in self.info.settings.fields:
            if spec.type is FieldType.URL:
                self._check(spec.name)

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

    def _fingerprint(self) -> int:
        """What a test depends on: the gateway, its address and settings (a hash: the keys are not kept)."""
        plain, secret = self._values()
        return hash((self.provider_id, self.base_url_edit.text().strip(), tuple(plain.items()), tuple(secret.items())))

    # -- checking each field as it is typed -----------------------------------------

    def _problem(self, key: str) -> str | None:
        """What is wrong with field ``key`` as it stands, in plain words; ``None`` when nothing is."""
        if key == "name":
            return self._name_problem()
        if key == "base_url":
            return self._address_problem()
        if key in self._flags:
            return None
        spec = self.info.settings.field(key)
        value = self._fields[key].text()
        if not value.strip():
            needed = spec.required and not spec.default and (self.account is None or not spec.secret)
            return self.tr("Required") if needed and self._tried else None
        if spec.type is FieldType.URL:
            return self._url_problem(value.strip())
        try:
            spec.validate(value)
        except ValidationError as exc:
            named = f"{spec.label} ({spec.name})"
            reason = say(exc).removeprefix(f"{named}: ")  # said beside the field: it need not name it
            reason = reason.replace(named, self.tr("This"), 1)
            return reason[:1].upper() + reason[1:]
        return None

    def _name_problem(self) -> str | None:
        if self.account is not None:
            return None  # an account keeps its name
        name = self.name_edit.text().strip()
        if not name:
            return self.tr("Give the account a name") if self._tried else None
        if len(name) > NAME_MAX:
            return (
                self.tr("Too long: a name has at most %1 characters, this one has %2")
                .replace("%1", str(NAME_MAX))
                .replace("%2", str(len(name)))
            )
        bad = unusable_name_character(name)
        if bad is not None:
            return (
                self.tr("“%1” cannot be in a name: use letters, digits, spaces and %2")
                .replace("%2", NAME_SIGNS)
                .replace("%1", bad)
            )
        if any(a.name == name for a in self.ctx.accounts.list()):
            return self.tr("There is already an account with this name")
        return None

    def _address_problem(self) -> str | None:
        url = self.base_url_edit.text().strip()
        if not url:
            if self.info.default_base_url or not self._tried:
                return None
            return self.tr("Required: %1 has no public address, give the one of your gateway").replace(
                "%1", self.info.name
            )
        return self._url_problem(url)

    def _url_problem(self, url: str) -> str | None:
        try:
            check_url("", url, allow_http=True)
        except ValidationError:
            return self.tr("Give a web address that starts with https://")
        host = plain_http_host(url)
        if host is None:
            return None
        if ALLOW_HTTP in self._flags and self._flags[ALLOW_HTTP].isChecked():
            return None
        return self.tr(
            "This address is plain HTTP: the key would cross the network to %1 unencrypted. "
            "Use https://, or tick “Allow plain HTTP” below on a network you trust."
        ).replace("%1", host)

    def _check(self, key: str) -> bool:
        """Show (or clear) field ``key``'s message beneath it; whether the field is right."""
        if key not in self._errors:
            return True
        problem = self._problem(key)
        if problem is None:
            self._clear(key)
            return True
        label = self._errors[key]
        label.setText(problem)
        label.show()
        self._mark(key, True)
        self._grow()
        return False

    def _grow(self) -> None:
        """Make room for a message or a banner that just appeared, as far as the screen allows.

        The form scrolls rather than squeeze, but a form that fits is easier to read.
        """
        layout = self.layout()
        if layout is not None:
            layout.activate()
        screen = self.screen().availableGeometry()
        frame = self.frameGeometry().height() - self.geometry().height()
        height = min(self.sizeHint().height(), screen.height() - frame)
        if height > self.height():
            self.resize(self.width(), height)

    def _clear(self, key: str) -> None:
        self._errors[key].hide()
        self._mark(key, False)

    def _mark(self, key: str, invalid: bool) -> None:
        widget = self._inputs[key]
        if bool(widget.property("invalid")) != invalid:
            widget.setProperty("invalid", invalid)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def check_all(self) -> bool:
        """Check every field, required ones included; focus the first wrong one, its text as it was."""
        self._tried = True
        wrong = [key for key in self._errors if not self._check(key)]
        if wrong:
            first = self._inputs[wrong[0]]
            self.form_scroll.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)  # not Tab's reason: that would select its text
        return not wrong

    def error(self, key: str) -> str:
        """The message beneath field ``key`` ('' when none): ``name``, ``base_url`` or a setting's name."""
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    # -- actions ---------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.spinner.set_running(busy)
        self.test_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def _forget_test(self) -> None:
        self._last_test = None
        self.details.clear()

    def test_connection(self) -> None:
        self.details.clear()
        self._tried = True
        keys = [k for k in self._errors if k != "name"]  # the name does not matter to the gateway
        wrong = [k for k in keys if not self._check(k)]
        if wrong:
            self._inputs[wrong[0]].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._busy(True)
        self.feedback.show_message(self.tr("Asking the gateway…"), "info")
        fingerprint = self._fingerprint()
        self._tasks.start(self._probe(), done=lambda result: self._tested(fingerprint, result))

    async def _probe(self) -> ProbeResult | BaseException:
        """The gateway's answer, or why there is none (the error itself: its kind decides the words)."""
        plain, secret = self._values()
        try:
            if self.account is not None:
                names = [f.name for f in self.info.settings.secret_fields if f.name not in secret]
                kept = await self.ctx.accounts.stored_secrets(self.account, names)
                secret = {**kept, **secret}
            return await probe(
                self.provider_id, self.base_url_edit.text(), plain, secret, factory=self.ctx.provider_factory
            )
        except WadeskError as exc:
            return exc

    def _tested(self, fingerprint: int, result: ProbeResult | BaseException) -> None:
        self._busy(False)
        if isinstance(result, NotSupported):  # nothing failed: the gateway has no way to be asked
            self._last_test = None
            self.feedback.show_message(
                self.tr(
                    "%1 has no way to check the settings without sending a message: they are checked when the "
                    "first message goes."
                ).replace("%1", self.info.name),
                "info",
            )
            self._grow()
            return
        if isinstance(result, BaseException):
            text, said = plain_failure(result, self.info.name)
            self._last_test = (fingerprint, text)
            self.feedback.show_message(self.tr("The test failed. %1").replace("%1", text), "error")
            self.details.show_words(said)
            self._grow()
            return
        self._last_test = (fingerprint, "")
        device = result.device
        if device is None:  # the balance, in the gateway's own words (dates and all): a detail
            text = self.tr("The gateway accepted the settings.")
            if result.balance:
                self.details.show_words(self.tr("The gateway said: “%1”").replace("%1", result.balance.strip()))
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
        self._grow()

    def save(self) -> None:
        """Save what the form says; after a failed test of these very settings, only if the person says so.

        Without a test it saves at once, as before: the gateway may be out of reach for now (a shop adding
        its account before the gateway activates it), and the Devices panel shows each account's state.
        """
        if not self.check_all():
            return
        failed = self._last_test[1] if self._last_test and self._last_test[0] == self._fingerprint() else ""
        if failed:
            self._ask_to_save_anyway(failed)
            return
        self._save_now()

    def _ask_to_save_anyway(self, why: str) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Save anyway?"))
        box.setText(self.tr("The test of these settings just failed."))
        box.setInformativeText(
            self.tr("%1\n\nSaved like this, the account cannot send messages until it is fixed. Save anyway?").replace(
                "%1", why
            )
        )
        save = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Don't save"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _r: self._save_now() if box.clickedButton() is save else None)
        self.confirm_box = box
        box.open()

    def _save_now(self) -> None:
        self._busy(True)
        self.feedback.dismiss()
        self.details.clear()
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
        self._grow()

    def done(self, result: int) -> None:
        self._tasks.cancel_all()
        super().done(result)
