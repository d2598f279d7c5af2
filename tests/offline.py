"""Pytest plugin (loaded for the whole suite by ``-p tests.offline`` in pyproject.toml): no network.

TrainerKit must work on a laptop with no internet and must never phone home. While the tests run, any
attempt from Python to open an internet socket (connect, DNS lookup, UDP send) raises
``NetworkAccessAttempted`` with the address, so a test that triggers one fails loudly. Unix-domain
sockets stay allowed (they never leave the machine). Subprocesses such as LibreOffice are outside its
reach; they are test-time checkers, not part of the app.
"""

from __future__ import annotations

import socket
from typing import Any

_original_connect = socket.socket.connect
_original_connect_ex = socket.socket.connect_ex
_original_sendto = socket.socket.sendto
_original_getaddrinfo = socket.getaddrinfo
_original_create_connection = socket.create_connection


class NetworkAccessAttempted(RuntimeError):
    pass


def _refuse(what: str, address: Any) -> None:
    raise NetworkAccessAttempted(f"TrainerKit tests are offline: {what} to {address!r} was attempted")


def _is_inet(sock: socket.socket) -> bool:
    return sock.family in (socket.AF_INET, socket.AF_INET6)


def _connect(self: socket.socket, address: Any) -> None:
    if _is_inet(self):
        _refuse("a connection", address)
    _original_connect(self, address)


def _connect_ex(self: socket.socket, address: Any) -> int:
    if _is_inet(self):
        _refuse("a connection", address)
    return _original_connect_ex(self, address)


def _sendto(self: socket.socket, *args: Any) -> int:
    if _is_inet(self):
        _refuse("a datagram", args[-1])
    return _original_sendto(self, *args)  # type: ignore[arg-type]


def _getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    _refuse("a DNS lookup", host)


def _create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
    _refuse("a connection", address)


def install() -> None:
    socket.socket.connect = _connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = _sendto  # type: ignore[method-assign, assignment]
    socket.getaddrinfo = _getaddrinfo
    socket.create_connection = _create_connection


def uninstall() -> None:
    socket.socket.connect = _original_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _original_connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = _original_sendto  # type: ignore[method-assign]
    socket.getaddrinfo = _original_getaddrinfo
    socket.create_connection = _original_create_connection


def pytest_configure(config: Any) -> None:
    install()


def pytest_unconfigure(config: Any) -> None:
    uninstall()
