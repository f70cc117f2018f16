"""Ports on 127.0.0.1 for the servers the tests start (or for a server that is down)."""

import socket


def free_port():
    """A port nothing listens on right now: start a server there, or use it as one that is down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
