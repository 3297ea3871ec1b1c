"""Every line the product's Powertools logger writes during a test, formatted as in CloudWatch."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from linecrm.observability import logger


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def json_logs() -> Iterator[list[str]]:
    collect = _Collect()
    collect.setFormatter(logger.registered_formatter)  # Powertools' JSON, with the appended keys
    logger.addHandler(collect)
    try:
        yield collect.lines
    finally:
        logger.removeHandler(collect)
