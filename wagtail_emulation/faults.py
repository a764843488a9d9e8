"""Warnings about outages (cache, database), at most one per kind and interval per process.

A down Redis or database touches every request; logging each failure would bury the log
(and the disk) under identical lines. The first failure of a kind is logged at once with its
traceback; repeats within ``WAGTAIL_EMULATION_FAULT_LOG_SECONDS`` are counted, and the next
warning of that kind says how many were left out.
"""

import logging
import threading
import time

from .conf import emulation_settings

logger = logging.getLogger("wagtail_emulation.faults")


class FaultLog:
    def __init__(self):
        self._last = {}  # kind → monotonic time of the last warning logged
        self._suppressed = {}  # kind → warnings left out since then
        self._lock = threading.Lock()

    def warning(self, kind, message, *args, exc_info=True):
        """Log ``message`` unless a warning of ``kind`` was logged recently; True if logged."""
        now = time.monotonic()
        interval = float(emulation_settings.FAULT_LOG_SECONDS)
        with self._lock:
            last = self._last.get(kind)
            if last is not None and now - last < interval:
                self._suppressed[kind] = self._suppressed.get(kind, 0) + 1
                return False
            self._last[kind] = now
            suppressed = self._suppressed.pop(kind, 0)
        if suppressed:
            message += " (%d similar warnings left out in the last %d s)"
            args = (*args, suppressed, int(interval))
        logger.warning("wagtail-emulation: " + message, *args, exc_info=exc_info)
        return True

    def reset(self):
        with self._lock:
            self._last.clear()
            self._suppressed.clear()


fault_log = FaultLog()


def log_fault(kind, message, *args, exc_info=True):
    """Log an outage warning of ``kind``, rate-limited (see :class:`FaultLog`)."""
    return fault_log.warning(kind, message, *args, exc_info=exc_info)
