"""Pytest settings for the documentation folder.

The Markdown pages are doctests (``--doctest-glob='*.md'``). The Sphinx configuration and its
extension are not: they import Sphinx, which the test environment need not have.
"""

collect_ignore = ["conf.py"]
collect_ignore_glob = ["_ext/*", "_build/*", "_generated/*"]
