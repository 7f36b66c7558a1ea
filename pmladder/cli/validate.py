"""The `validate` and `schema` commands: check ladder files for every problem, print the JSON Schema."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pmladder.cli.app import app
from pmladder.cli.common import Format, LangOption, check_format, format_option

if TYPE_CHECKING:
    from pmladder.model.ladder import Taxonomy

#: what validate prints (render/issues.py: plain lines, one JSON document, GitHub annotations)
FORMATS = (Format.TEXT, Format.JSON, Format.GITHUB)


def _read_stdin() -> bytes:
    from pmladder.io.reading import MAX_BYTES

    return sys.stdin.buffer.read(MAX_BYTES + 1)  # one byte more than allowed, so "too large" is detected


def _taxonomy(path: Path | None) -> tuple[Taxonomy, bytes] | None:
    """The taxonomy of ``--taxonomy`` and its file's bytes (the cache keys on them), or None: the bundled one."""
    if path is None:
        return None
    from pmladder.io.models import load_model, require
    from pmladder.io.reading import read_bytes
    from pmladder.model.ladder import Taxonomy

    raw = read_bytes(path)
    return require(load_model(Taxonomy, raw, str(path))), raw


@app.command(no_args_is_help=False)
def validate(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="PATH",
            help="Ladder files, folders (every *.yaml/*.yml inside, recursively) or - for standard input. "
            "Default: the bundled ladders. 要检查的文件、文件夹或 -（标准输入）；默认检查内置职级体系。",
            show_default=False,
        ),
    ] = None,
    stdin_filename: str | None = typer.Option(
        None,
        "--stdin-filename",
        metavar="NAME",
        help="The file name to report for - (standard input). 标准输入在报告中使用的文件名。",
    ),
    output_format: Annotated[
        Format | None,
        format_option(*FORMATS, help="Output format (default: text; github when GITHUB_ACTIONS=true). 输出格式。"),
    ] = None,
    strict: bool = typer.Option(False, "--strict", help="Warnings fail too (exit 1). 警告也视为失败。"),
    no_cache: bool = typer.Option(
        False,
        "--no-cache",
        help="Check every file, even one whose exact content was checked before (the cache lives in "
        "the user cache folder). 不使用缓存，逐个重新检查所有文件。",
    ),
    taxonomy: Annotated[
        Path | None,
        typer.Option(
            "--taxonomy",
            metavar="FILE",
            show_default=False,
            help="Check taxonomy links against this taxonomy file instead of the bundled "
            "ladders/taxonomy.yaml. "
            "使用指定的分类文件。",
        ),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Check ladder files and report every problem as file:line:col.

    Every problem in every file is reported, one per line (file:line:col: error|warning CODE
    message), then a summary. Exit 0 when every file is valid, 1 when a file has an error (or a
    warning with --strict), 2 on a usage error such as a missing path.
    检查职级体系文件，以 file:line:col 报告所有问题。

    \b
    Examples:
      pmladder validate                          # the bundled ladders
      pmladder validate ladders/ my-ladder.yaml  # folders and files
      pmladder validate --strict --format json ladders/
      cat x.yaml | pmladder validate - --stdin-filename x.yaml
      pmladder validate --no-cache ladders/      # check even unchanged files
    """
    from pmladder.errors import EXIT_INVALID, EXIT_OK, UsageError
    from pmladder.i18n import parse_lang
    from pmladder.render.issues import render
    from pmladder.validate import validate_paths

    chosen = parse_lang(lang)
    if output_format is None:
        fmt = Format.GITHUB if os.environ.get("GITHUB_ACTIONS") == "true" else Format.TEXT
    else:
        fmt = check_format(output_format, FORMATS)
    args = list(paths or [])
    if stdin_filename is not None and "-" not in args:
        raise UsageError("validate.stdin-filename")
    result = validate_paths(
        args,
        read_stdin=_read_stdin,
        stdin_filename=stdin_filename or "<stdin>",
        taxonomy=_taxonomy(taxonomy),
        strict=strict,
        use_cache=not no_cache,
    )
    # plain text, never Rich: an issue line must not wrap, and ladder text must print inert
    typer.echo(render(result, fmt.value, chosen), nl=False)
    raise typer.Exit(EXIT_OK if result.ok else EXIT_INVALID)


@app.command()
def schema(
    kind: str = typer.Argument(
        "ladder",
        metavar="[ladder|taxonomy|answers|scorecard]",
        help="Which file's schema to print. 要输出哪种文件的 schema。",
    ),
    lang: LangOption = None,
) -> None:
    """Print the JSON Schema (draft 2020-12) of ladder files, for editors and other validators.

    The same schema is checked in as schema/ladder.schema.json; bundled ladders point at it with a
    first line "# yaml-language-server: $schema=../schema/ladder.schema.json". The schema cannot
    express everything: run pmladder validate for references, band order and the YAML rules.
    输出职级体系文件的 JSON Schema（2020-12）。

    \b
    Examples:
      pmladder schema > ladder.schema.json
      pmladder schema answers
      check-jsonschema --schemafile ladder.schema.json my-ladder.yaml
    """
    from pmladder.errors import UsageError
    from pmladder.i18n import parse_lang
    from pmladder.jsonschema import KINDS, schema_text

    parse_lang(lang)  # a --lang that is neither zh nor en is a usage error here too
    if kind not in KINDS:
        raise UsageError("validate.bad-kind", value=kind)
    typer.echo(schema_text(kind), nl=False)
