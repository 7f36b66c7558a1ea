"""The options of rating someone else, shared by assess and feedback: --about, --as, --name (declared without typer)."""

from __future__ import annotations

from typing import Annotated

from pmladder.cli import complete
from pmladder.cli.params import Option

#: --about NAME: the person rated (assess, feedback request)
AboutOption = Annotated[
    str | None,
    Option(
        "--about",
        metavar="NAME",
        help="The person rated: with --as manager|peer you rate someone else; alone, it names your own "
        "self-assessment. 被评价的人。",
        show_default=False,
    ),
]
#: --as ROLE: self (the default), manager or peer
AsOption = Annotated[
    str | None,
    Option(
        "--as",
        metavar="self|manager|peer",
        autocompletion=complete.formats("self", "manager", "peer"),
        help="How you stand to the person rated (default: self). 你与被评价者的关系（默认 self，自评）。",
        show_default=False,
    ),
]
#: --name NAME: the manager's or peer's own name, recorded in the result
NameOption = Annotated[
    str | None,
    Option(
        "--name",
        metavar="NAME",
        help="Your own name, recorded in the result (with --as manager|peer). 你的名字（上级或同事评价时）。",
        show_default=False,
    ),
]
