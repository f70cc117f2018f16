"""The client's address, as seen through the reverse proxies that the settings trust, and no other.

`X-Forwarded-For` is written by whoever sends the request: it only tells the truth in the hops that
a proxy of ours appended. So it is read from the right, one hop per trusted proxy, and only when
the peer itself is one of them (`TRUSTED_PROXIES`, addresses or networks).
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=16)
def networks(entries):
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def parse(value):
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return None
    if address.version == 6 and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def contains(entries, address):
    return any(address in network for network in networks(tuple(entries)))


def client_address(request):
    """The client's `ipaddress` object, or None when the peer's address is unreadable."""
    address = parse(request.META.get("REMOTE_ADDR", ""))
    trusted = getattr(settings, "TRUSTED_PROXIES", ())
    if address is None or not trusted:
        return address
    hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    while hops and contains(trusted, address):
        previous = parse(hops.pop())
        if previous is None:
            break
        address = previous
    return address


def client_ip(request):
    """The client's address as a string (django-axes' AXES_CLIENT_IP_CALLABLE)."""
    address = client_address(request)
    return str(address) if address is not None else ""
