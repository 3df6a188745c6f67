"""Preferences → Library → Team Library…: the connection dialog for a team library on PostgreSQL.

Host, port, database, user and TLS mode, or an address (a libpq URI or ``service=NAME``) which the
fields then add to. Test connects off the GUI thread (a server that is away takes seconds to say so)
and shows OK or libpq's reason, the password removed. The password field is for this connection only:
it is never written to settings (libpq's ``~/.pgpass``, ``PGPASSFILE`` or a service file otherwise).
The fields themselves are remembered, so the dialog opens as it was last used.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qtapp import paths
from qtapp.errors import UserError
from qtapp.ui.accessibility import named

FIELDS = ("address", "host", "port", "dbname", "user", "sslmode")  # the remembered ones: no password


class _Tester(QObject):
    """Runs ``probe`` on a thread of its own; ``done(ok, message)`` arrives on the GUI thread."""

    done = Signal(bool, str)

    def run(self, conninfo: str) -> None:
        def work() -> None:
            from qtapp.library.postgres.connecting import probe

            result = probe(conninfo)
            self.done.emit(result.ok, result.message)

        threading.Thread(target=work, name="team-test", daemon=True).start()


class TeamLibraryDialog(QDialog):
    """Fields for a team library's address; ``conninfo()`` is what Connect opens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamLibraryDialog")
        self.setWindowTitle(self.tr("Team Library"))
        self.address = named(QLineEdit(), "teamAddress")
        self.address.setPlaceholderText(self.tr("postgresql://USER@HOST:5432/DATABASE  or  service=NAME"))
        self.address.setAccessibleName(self.tr("Address"))
        self.host = named(QLineEdit(), "teamHost")
        self.port = named(QSpinBox(), "teamPort")
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("default"))
        self.dbname = named(QLineEdit(), "teamDatabase")
        self.user = named(QLineEdit(), "teamUser")
        self.sslmode = named(QComboBox(), "teamSslmode")
        from qtapp.library.postgres.connecting import SSLMODES

        self.sslmode.addItem(self.tr("(as the address says)"), "")
        for mode in SSLMODES:
            self.sslmode.addItem(mode, mode)
        self.password = named(QLineEdit(), "teamPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: libpq's ~/.pgpass or service file"))
        self.password.setToolTip(self.tr("Used for this connection only, never saved"))
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.dbname)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&TLS (sslmode):"), self.sslmode)
        form.addRow(self.tr("Pass&word:"), self.password)
        self.result_label = named(QLabel(wordWrap=True), "teamTestResult")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = named(QPushButton(self.tr("&Test")), "teamTest")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = named(self.buttons.addButton(self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole),
                                    "teamConnect")
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self._tester = _Tester(self)
        self._tester.done.connect(self._tested)
        self.test_button.clicked.connect(self.test)
        self.chosen: str | None = None
        self.load()

    # -- settings (no password) ----------------------------------------------------------------
    @staticmethod
    def _settings() -> QSettings:
        return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)

    def load(self) -> None:
        settings = self._settings()
        value = {f: settings.value(f"team/{f}", "") for f in FIELDS}
        self.address.setText(str(value["address"] or ""))
        self.host.setText(str(value["host"] or ""))
        try:
            self.port.setValue(int(str(value["port"] or 0)))
        except (TypeError, ValueError):
            self.port.setValue(0)
        self.dbname.setText(str(value["dbname"] or ""))
        self.user.setText(str(value["user"] or ""))
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(str(value["sslmode"] or ""))))

    def save(self) -> None:
        """Remember the fields (a password typed in the address is taken out first)."""
        from qtapp.library.postgres.target import redact

        settings = self._settings()
        values: dict[str, Any] = {"address": redact(self.address.text().strip()), "host": self.host.text().strip(),
                                  "port": self.port.value() or "", "dbname": self.dbname.text().strip(),
                                  "user": self.user.text().strip(), "sslmode": self.sslmode.currentData()}
        for key, value in values.items():
            settings.setValue(f"team/{key}", value)
        settings.sync()

    # -- the address ---------------------------------------------------------------------------
    def conninfo(self) -> str:
        """The address the fields make, with the typed password; raises UserError when unreadable."""
        from qtapp.library.postgres.connecting import compose, with_password

        address = compose(self.address.text(), host=self.host.text(), port=self.port.value() or None,
                          dbname=self.dbname.text(), user=self.user.text(), sslmode=self.sslmode.currentData())
        return with_password(address, self.password.text())

    def test(self) -> None:
        """Connect once in the background; the answer replaces "Testing…"."""
        try:
            conninfo = self.conninfo()
        except UserError as error:
            self._tested(False, str(error))
            return
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Testing…"))
        self._tester.run(conninfo)

    def _tested(self, ok: bool, message: str) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setText(("✓ " if ok else "✗ ") + message)
        self.result_label.setProperty("ok", ok)

    def _connect(self) -> None:
        try:
            self.chosen = self.conninfo()
        except UserError as error:
            self._tested(False, str(error))
            return
        self.save()
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The team library's connection string (with a typed password, for this connection only), or
        None on Cancel; tests monkeypatch this."""
        dialog = cls(parent)
        try:
            return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
