"""Task sessions: ``nox -s mutation`` (run outside continuous integration)."""

from __future__ import annotations

import nox


@nox.session
def mutation(session: nox.Session) -> None:
    """Mutation testing of the query core: prints the score and the surviving mutants (tens of minutes)."""
    session.install("-e", ".[test]")
    session.run("python", "scripts/mutate.py", *session.posargs)
