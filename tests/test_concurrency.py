"""First use from many threads, and fork while another thread loads: safe by construction.

Each scenario runs in a fresh interpreter (nothing imported yet) with a timeout, so that a
deadlock fails the test instead of hanging the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

TIMEOUT = 120


def run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=TIMEOUT
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


FIRST_USE = """
    import sys, threading
    sys.setswitchinterval(1e-6)
    barrier = threading.Barrier({threads})
    seen, errors = [], []

    def worker(i):
        barrier.wait()
        try:
            import politique_ville as pv
            if i % 3 == 1:
                pv.centre("cr-dsu")
            elif i % 3 == 2:
                pv.by_territory("93")
            seen.append(id(pv.load()))
        except BaseException as error:
            errors.append(repr(error))

    threads = [threading.Thread(target=worker, args=(i,)) for i in range({threads})]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors[:3]
    assert len(seen) == {threads} and len(set(seen)) == 1, seen
    print("ok")
"""


@pytest.mark.parametrize("attempt", range(3))
def test_first_use_from_100_threads_under_a_tiny_switch_interval(attempt: int) -> None:
    assert run(FIRST_USE.format(threads=100)).strip() == "ok"


FORK_DURING_LOAD = """
    import os, signal, threading, time
    import politique_ville as pv
    from politique_ville import loading

    real = loading._read_bundled
    inside = threading.Event()

    def slow():
        inside.set()
        time.sleep(1.0)  # the lock is held all this time
        return real()

    loading._read_bundled = slow
    threading.Thread(target=loading.bundled).start()
    inside.wait()
    pid = os.fork()
    if pid == 0:
        signal.alarm(60)  # a deadlocked child must not outlive the test
        loading._read_bundled = real
        os._exit(0 if pv.centre("cr-dsu").founded == 1993 else 3)
    _, status = os.waitpid(pid, 0)
    print(os.waitstatus_to_exitcode(status))
"""

FORK_DURING_PART = """
    import os, signal, threading, time
    import politique_ville as pv
    from politique_ville.bundle import PARTS

    inside = threading.Event()
    real = pv.load()

    def slow():
        inside.set()
        time.sleep(1.0)  # the dataset's lock is held all this time
        return real.network()

    parts = {p.name: (lambda name=p.name: getattr(real, name)()) for p in PARTS if p.name != "network"}
    data = pv.Dataset({**parts, "network": slow})
    threading.Thread(target=data.network).start()
    inside.wait()
    pid = os.fork()
    if pid == 0:
        signal.alarm(60)  # a deadlocked child must not outlive the test
        os._exit(0 if data.centres() and data.sources() else 3)
    _, status = os.waitpid(pid, 0)
    print(os.waitstatus_to_exitcode(status))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
@pytest.mark.parametrize("code", [FORK_DURING_LOAD, FORK_DURING_PART], ids=["bundled load", "dataset part"])
def test_a_fork_while_another_thread_loads_does_not_deadlock(code: str) -> None:
    assert run(code).strip() == "0"
