"""Where mtaudit may write: never into a folder the user gave as input, never over an input file.

Only the standard library: the CLI calls this before anything heavy is imported.
"""

from __future__ import annotations

from pathlib import Path

from .errors import ConfigError


def check_output_file(out: Path, what: str = "--out") -> None:
    """Raise ConfigError unless `out` can be written as a file: not a folder, in a folder that exists (checked
    before any work, so a typo costs no audit)."""
    out = Path(out)
    if out.is_dir():
        raise ConfigError(f"{what} {out} is a folder; give a file name")
    if not out.resolve().parent.is_dir():
        raise ConfigError(f"{what} {out}: folder {out.parent} does not exist")


def check_output_location(out: Path, inputs, what: str = "--out", *, is_folder: bool = True, beside: bool = False) -> None:
    """Raise ConfigError when writing `out` could touch what the user gave.

    - an input folder: `out` must be outside it (reports inside a corpus would mix with the inputs);
    - an input file: `out` must not be the file, and an output *folder* must not be the file's own
      folder (its NAME.html/NAME.json would sit among the inputs); a subfolder such as `reports/`
      next to an article is fine;
    - `beside`: an output file must not sit in an input file's own folder either (a corrected copy there would
      be read as one more article by the next audit of that folder);
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
            if beside and target.parent == src.parent:
                raise ConfigError(f"{what} {out} is in the folder of the input {p}, where the next audit would read it as one more "
                                  "article; write it elsewhere (e.g. fixed/)")
            if is_folder and target == src.parent:
                raise ConfigError(f"{what} {out} is the folder that holds the input {p}; choose another folder (e.g. reports/)")
