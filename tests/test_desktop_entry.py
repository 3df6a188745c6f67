"""The desktop entry and AppStream metainfo: valid by the freedesktop tools, installed and removed in
the user's XDG data folder by ``quoteclip --install-desktop-entry`` / ``--uninstall-desktop-entry``."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from qtapp import __version__, desktop_entry, paths
from qtapp.cli import main

REPO = Path(__file__).resolve().parent.parent
DESKTOP = REPO / "resources" / desktop_entry.DESKTOP_FILE
METAINFO = REPO / "resources" / desktop_entry.METAINFO_FILE
APT = "apt-get install -y desktop-file-utils appstream"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian/Ubuntu: {APT})")
    return found


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_bundled_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower() and "warning" not in result.stdout.lower(), result.stdout


def test_bundled_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def test_entry_and_metainfo_agree_on_the_id_icon_and_version() -> None:
    entry = _entry(DESKTOP)
    assert entry["Icon"] == desktop_entry.APP_ID and entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "quoteclip" and entry["Exec"].endswith("%u")
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == desktop_entry.APP_ID
    assert root.findtext("launchable") == desktop_entry.DESKTOP_FILE
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    assert root.findtext("provides/binary") == "quoteclip"


def test_install_writes_the_three_files_into_xdg_data_home(user_dirs: Path,
                                                           capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    data_home = user_dirs / "data"
    monkeypatch.setattr(sys, "argv", ["/opt/venv with space/bin/quoteclip"])
    assert main(["--install-desktop-entry"]) == 0
    out = capsys.readouterr().out
    desktop = data_home / "applications" / desktop_entry.DESKTOP_FILE
    metainfo = data_home / "metainfo" / desktop_entry.METAINFO_FILE
    icon = data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{desktop_entry.APP_ID}.svg"
    for path in (desktop, metainfo, icon):
        assert path.is_file() and str(path) in out
    assert icon.read_bytes() == paths.resource("icons", "quoteclip.svg").read_bytes()
    assert metainfo.read_bytes() == METAINFO.read_bytes()
    # Not the script that ran (it is not a file here): the Python that ran, so the entry starts this install.
    entry = _entry(desktop)
    assert entry["Exec"].startswith(sys.executable) or entry["Exec"].startswith(f'"{sys.executable}"')
    assert entry["Exec"].endswith("-m qtapp %u") and entry["TryExec"] == sys.executable
    assert entry["Name"] == "QuoteClip" and entry["Icon"] == desktop_entry.APP_ID
    # The quoteclip://quote/ID links the Markdown export writes open QuoteClip (%u hands it the link).
    assert "x-scheme-handler/quoteclip" in entry["MimeType"].split(";")


def test_installed_entry_with_an_awkward_launcher_path_is_still_valid(tmp_path: Path, user_dirs: Path,
                                                                     capsys: pytest.CaptureFixture[str]
                                                                     ) -> None:
    script = tmp_path / "my apps" / "100%" / "quoteclip"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n")
    written = desktop_entry.install(say=lambda _: None, command=[str(script)])
    line = _entry(written["desktop entry"])["Exec"]
    assert line == f'"{script.parent.parent}/100%%/quoteclip" %u'
    result = subprocess.run([_tool("desktop-file-validate"), str(written["desktop entry"])],
                            check=False, capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout


def test_uninstall_removes_what_install_wrote_and_says_so(user_dirs: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    written = desktop_entry.install(say=lambda _: None, command=["quoteclip"])
    assert all(p.exists() for p in written.values())
    assert main(["--uninstall-desktop-entry"]) == 0
    out = capsys.readouterr().out
    for path in written.values():
        assert not path.exists() and "Removed the" in out and str(path) in out
    assert main(["--uninstall-desktop-entry"]) == 0
    assert capsys.readouterr().out.count("No ") == 3


def test_the_real_command_installs_only_under_xdg_data_home(user_dirs: Path, tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(user_dirs / "data"), "HOME": str(tmp_path / "fakehome")}
    result = subprocess.run([sys.executable, "-m", "qtapp", "--install-desktop-entry"], env=env,
                            check=False, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("Installed the") == 3
    assert not (tmp_path / "fakehome").exists()
    installed = sorted(p.relative_to(user_dirs / "data").as_posix()
                       for p in (user_dirs / "data").rglob("*") if p.is_file())
    assert f"applications/{desktop_entry.DESKTOP_FILE}" in installed
    result = subprocess.run([sys.executable, "-m", "qtapp", "--uninstall-desktop-entry"], env=env,
                            check=False, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.count("Removed the") == 3


def test_install_and_uninstall_cannot_be_asked_together(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--install-desktop-entry", "--uninstall-desktop-entry"])
    assert exit_info.value.code == 2 and "not allowed with" in capsys.readouterr().err
