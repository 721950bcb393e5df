"""Where mtaudit may write: never into a folder the user gave as input, never over an input file.

Only the standard library: the CLI calls this before anything heavy is imported.
"""

from __future__ import annotations

from pathlib import Path

from .errors import ConfigError


def check_output_location(out: Path, inputs, what: str = "--out", *, is_folder: bool = True) -> None:
    """Raise ConfigError when writing `out` could touch what the user gave.

    - an input folder: `out` must be outside it (reports inside a corpus would mix with the inputs);
    - an input file: `out` must not be the file, and an output *folder* must not be the file's own
      folder (its NAME.html/NAME.json would sit among the inputs); a subfolder such as `reports/`
      next to an article is fine;
    - an input that does not exist is left to the reader, which reports it.
    """
    target = Path(out).resolve()
    for p in inputs:
        src = Path(p).resolve()
        if src.is_dir():
            if target == src or src in target.parents:
                raise ConfigError(f"{what} {out} is inside the input folder {p}; choose a place outside the inputs")
        elif src.exists():
            if target == src:
                raise ConfigError(f"{what} {out} is the input file; mtaudit never overwrites its input")
            if is_folder and target == src.parent:
                raise ConfigError(f"{what} {out} is the folder that holds the input {p}; choose another folder (e.g. reports/)")
