"""The Windows wheel set: every dependency of the app (and of its build) pinned, with the hash
of its Windows wheel, so that a dependency without a Windows wheel fails here, on Linux,
and not on a shop's PC.

    python packaging/windows/wheelset.py check          # exit 0 when the set is sound
    python packaging/windows/wheelset.py check --find-links DIR   # the same, from DIR only
    python packaging/windows/wheelset.py pin            # after changing a dependency
    python packaging/windows/wheelset.py download DIR   # on the build PC: fetch the wheels

``check`` asks pip to resolve ``requirements.txt`` (beside this script) as Windows would,
``--platform win_amd64 --python-version 3.12 --only-binary=:all:`` with ``--require-hashes``,
without downloading the wheels (``--dry-run``: pip reads only their metadata), then checks
that every dependency in ``pyproject.toml`` (markers evaluated for Windows) is pinned
there within its range, that nothing the resolution needs is missing from the pins, and that
each file chosen is a wheel for Windows or for any platform. Exit status: 0 sound, 1 not
sound (each reason on stderr), 3 the package index could not be reached (nothing known).

``download`` is the same resolution with ``pip download``: the wheels land in DIR, and the
build PC installs from there only (``pip install --no-index --find-links DIR
--require-hashes -r packaging/windows/requirements.txt``).

pip runs ``--isolated``: the package index it knows by default, none of this machine's
settings or local wheel folders, so the answer is the one a Windows PC would get.
``--find-links DIR`` resolves from the wheels in DIR and nothing else (``--no-index``): the
folder ``download`` filled on the build PC, or the made-up wheels of the offline tests.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
REQUIREMENTS = HERE / "requirements.txt"
PYTHON_VERSION = "3.12"  # the Python the Windows bundle is built with
PLATFORM = "win_amd64"
# What packaging/build.py needs besides the app, on the build PC.
BUILD_REQUIREMENTS = ("pyinstaller>=6.0",)
WINDOWS_MARKERS = {
    "os_name": "nt", "sys_platform": "win32", "platform_system": "Windows",
    "platform_machine": "AMD64", "implementation_name": "cpython",
    "platform_python_implementation": "CPython", "python_version": PYTHON_VERSION,
    "python_full_version": f"{PYTHON_VERSION}.0", "extra": "",
}
EXIT_SOUND, EXIT_UNSOUND, EXIT_UNREACHABLE = 0, 1, 3
# What pip prints when it cannot reach the index (no network, DNS, proxy, TLS).
UNREACHABLE = re.compile(
    r"NewConnectionError|Failed to establish a new connection|Temporary failure in name "
    r"resolution|Name or service not known|ConnectTimeout|ReadTimeout|ProxyError|"
    r"Network is unreachable|Connection refused|SSLError|Max retries exceeded|"
    r"Could not fetch URL", re.IGNORECASE)
WHEEL_TAG = re.compile(r"-(?P<python>[^-]+)-(?P<abi>[^-]+)-(?P<platform>[^-]+)\.whl$")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    hashes: tuple[str, ...]


def read_pins(text: str) -> dict[str, Pin]:
    """``name==version --hash=sha256:...`` lines (continued with ``\\``), comments aside."""
    pins: dict[str, Pin] = {}
    joined = re.sub(r"\\\s*\n", " ", text)
    for raw in joined.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        match = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s;]+)", line)
        if match is None:
            raise ValueError(f"not a pin: {line!r}")
        hashes = tuple(re.findall(r"--hash=(sha256:[0-9a-f]{64})", line))
        pins[canonical(match.group(1))] = Pin(match.group(1), match.group(2), hashes)
    return pins


def project_requirements() -> list[str]:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return list(tomllib.load(handle)["project"]["dependencies"])


def _packaging():  # type: ignore[no-untyped-def]
    try:
        from packaging.requirements import Requirement
    except ImportError:  # pip carries its own copy
        from pip._vendor.packaging.requirements import Requirement  # type: ignore[assignment]  # the same class, vendored
    return Requirement


def check_pins(pins: dict[str, Pin], requirements: list[str]) -> list[str]:
    """Why the pins do not cover ``requirements`` on Windows (empty when they do)."""
    requirement_class = _packaging()
    problems = []
    for text in [*requirements, *BUILD_REQUIREMENTS]:
        req = requirement_class(text)
        if req.marker is not None and not req.marker.evaluate(WINDOWS_MARKERS):
            continue
        pin = pins.get(canonical(req.name))
        if pin is None:
            problems.append(f"{req.name}: a dependency ({text}) not pinned in "
                            f"{REQUIREMENTS.name}; run wheelset.py pin")
        elif not req.specifier.contains(pin.version, prereleases=True):
            problems.append(f"{req.name}=={pin.version} is outside the range {text}; "
                            "run wheelset.py pin")
    for pin in pins.values():
        if not pin.hashes:
            problems.append(f"{pin.name}=={pin.version} has no --hash")
    return problems


def check_report(report: dict, pins: dict[str, Pin]) -> list[str]:
    """Why pip's resolution (its ``--report``) is not the pinned Windows wheel set."""
    problems = []
    chosen: dict[str, str] = {}
    for item in report.get("install", []):
        name = item["metadata"]["name"]
        version = item["metadata"]["version"]
        chosen[canonical(name)] = version
        filename = item["download_info"]["url"].rsplit("/", 1)[-1]
        tag = WHEEL_TAG.search(filename)
        if tag is None:
            problems.append(f"{name} {version}: {filename} is not a wheel")
        elif not any(p in (PLATFORM, "any") for p in tag.group("platform").split(".")):
            problems.append(f"{name} {version}: {filename} is not a Windows wheel")
        pin = pins.get(canonical(name))
        if pin is None:
            problems.append(f"{name} {version} is needed but not pinned; run wheelset.py pin")
        elif pin.version != version:
            problems.append(f"{name}: pinned {pin.version}, resolved {version}")
    for key, pin in pins.items():
        if key not in chosen:
            problems.append(f"{pin.name}=={pin.version} is pinned but no longer needed; "
                            "run wheelset.py pin")
    return problems


def windows_only_needs(report: dict) -> list[str]:
    """Dependencies the resolution left out because pip evaluates environment markers for
    the computer it runs on, not for ``--platform``: ``pefile; sys_platform == "win32"``
    is skipped on Linux and needed on Windows. Each as a requirement string."""
    requirement_class = _packaging()
    chosen = {canonical(i["metadata"]["name"]) for i in report.get("install", [])}
    needed = []
    for item in report.get("install", []):
        for text in item["metadata"].get("requires_dist", []) or []:
            req = requirement_class(text)
            if req.marker is None or canonical(req.name) in chosen:
                continue
            if req.marker.evaluate(WINDOWS_MARKERS):
                needed.append(f"{req.name}{req.specifier}")
                chosen.add(canonical(req.name))
    return needed


def pip_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "pip", "--isolated", "--disable-pip-version-check",
            "--retries", "1", "--timeout", "20", *args]


def source(find_links: Path | None) -> list[str]:
    """Where pip looks: the package index, or only the wheels of ``find_links``."""
    return [] if find_links is None else ["--no-index", "--find-links", str(find_links)]


def windows_target(*args: str) -> list[str]:
    return ["--platform", PLATFORM, "--python-version", PYTHON_VERSION,
            "--implementation", "cp", "--only-binary=:all:", *args]


def resolve(requirements: list[str], *, hashes: bool, pinned: Path = REQUIREMENTS,
            find_links: Path | None = None) -> tuple[int, dict, str]:
    """pip's resolution for Windows, without downloading: (status, report, pip's output).
    With ``hashes``, the resolution of the ``pinned`` file; otherwise of ``requirements``."""
    with tempfile.TemporaryDirectory(prefix="wheelset-") as tmp:
        report_path = Path(tmp) / "report.json"
        args = ["install", "--dry-run", "--ignore-installed", "--quiet",
                "--report", str(report_path), "--target", str(Path(tmp) / "target"),
                *source(find_links), *windows_target()]
        if hashes:
            args += ["--require-hashes", "-r", str(pinned)]
        else:
            args += requirements
        result = subprocess.run(pip_command(*args), capture_output=True, text=True,
                                timeout=600, check=False)
        output = result.stdout + result.stderr
        if result.returncode != 0:
            return result.returncode, {}, output
        return 0, json.loads(report_path.read_text(encoding="utf-8")), output


def check(pinned: Path = REQUIREMENTS, requirements: list[str] | None = None,
          find_links: Path | None = None) -> int:
    """Whether the ``pinned`` set covers ``requirements`` (the project's by default) and
    installs on Windows, resolved from the package index or from ``find_links`` only."""
    pins = read_pins(pinned.read_text(encoding="utf-8"))
    problems = check_pins(pins, project_requirements() if requirements is None
                          else requirements)
    status, report, output = resolve([], hashes=True, pinned=pinned, find_links=find_links)
    if status != 0:
        if UNREACHABLE.search(output):
            print(f"the package index could not be reached:\n{output.strip()}",
                  file=sys.stderr)
            return EXIT_UNREACHABLE
        problems.append("pip cannot install the set on Windows "
                        f"({PLATFORM}, Python {PYTHON_VERSION}, wheels only):\n"
                        + output.strip())
    else:
        problems += check_report(report, pins)
        problems += [f"{need}: needed on Windows (its marker) but not pinned; run "
                     "wheelset.py pin" for need in windows_only_needs(report)]
    for problem in problems:
        print(f"wheel set: {problem}", file=sys.stderr)
    if problems:
        return EXIT_UNSOUND
    print(f"wheel set: {len(pins)} packages, each with a wheel for {PLATFORM} "
          f"(Python {PYTHON_VERSION}) or for any platform")
    return EXIT_SOUND


def pin() -> int:
    wanted = [*project_requirements(), *BUILD_REQUIREMENTS]
    while True:
        status, report, output = resolve(wanted, hashes=False)
        if status != 0:
            print(output, file=sys.stderr)
            return EXIT_UNREACHABLE if UNREACHABLE.search(output) else EXIT_UNSOUND
        more = windows_only_needs(report)
        if not more:
            break
        wanted += more
    lines = [
        "# The Windows wheel set: every package the app and its build need on Windows",
        f"# ({PLATFORM}, Python {PYTHON_VERSION}), each pinned with its wheel's hash.",
        "# Written by `python packaging/windows/wheelset.py pin`; checked in CI by",
        "# `wheelset.py check`; fetched on the build PC by `wheelset.py download DIR`.",
    ]
    items = sorted(report["install"], key=lambda i: canonical(i["metadata"]["name"]))
    for item in items:
        digest = item["download_info"]["archive_info"]["hashes"]["sha256"]
        lines.append(f"{canonical(item['metadata']['name'])}=={item['metadata']['version']} "
                     f"\\\n    --hash=sha256:{digest}")
    REQUIREMENTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{REQUIREMENTS}: {len(items)} packages pinned")
    return EXIT_SOUND


def download(folder: str) -> int:
    command = pip_command("download", "--no-deps", "--require-hashes", "-d", folder,
                          *windows_target("-r", str(REQUIREMENTS)))
    return subprocess.run(command, check=False).returncode


def main(argv: list[str]) -> int:
    if argv == ["check"]:
        return check()
    if argv[:2] == ["check", "--find-links"] and len(argv) == 3:
        return check(find_links=Path(argv[2]))
    if argv[:1] == ["pin"]:
        return pin()
    if argv[:1] == ["download"] and len(argv) == 2:
        return download(argv[1])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
