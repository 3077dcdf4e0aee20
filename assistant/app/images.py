"""Where a caption task's image comes from, checked when the task is imported: a local file
that opens as an image, or an http(s) URL the server will fetch.

Gradio fetches an image URL through an SSRF guard (safehttpx) that refuses loopback,
private, link-local, multicast and reserved addresses, so such a URL would be stored and
then fail in front of an annotator. It is refused here instead, with its line number: an
address literal is checked as it is, a host name by the addresses it resolves to now.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from assistant.errors import BadInputError
from assistant.paths import is_url

#: Host names Gradio fetches without checking their addresses (its PUBLIC_HOSTNAME_WHITELIST).
TRUSTED_HOSTS = ("hf.co", "huggingface.co")


def public_address(ip: str) -> bool:
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return not (address.is_private or address.is_loopback or address.is_link_local or address.is_multicast
                or address.is_reserved or address.is_unspecified)


def addresses(host: str) -> list[str]:
    """The addresses `host` resolves to (the seam tests replace; no network in tests)."""
    return [info[4][0] for info in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)]


@dataclass
class ImageSource:
    """Resolves the images of one import: paths against `base`, host names once each."""

    base: Path
    _hosts: dict[str, str | None] = field(default_factory=dict)

    def resolve(self, image: str) -> str:
        """The value to store (an absolute path or the URL); BadInputError says why not."""
        if is_url(image):
            if problem := self.url_problem(image):
                raise BadInputError(problem)
            return image
        from assistant.app.projects import image_problem  # noqa: PLC0415 - projects imports this module

        if "\x00" in image:
            raise BadInputError("the image path contains a NUL character")
        try:
            path = (self.base / image).resolve()
            problem = image_problem(path)
        except (OSError, ValueError) as e:  # a name too long for the file system, ...
            raise BadInputError(f"the image path is not usable here ({type(e).__name__}: "
                                f"{getattr(e, 'strerror', None) or e})") from None
        if problem:
            raise BadInputError(problem)
        return str(path)

    def url_problem(self, url: str) -> str | None:
        shown = url if len(url) <= 80 else url[:79] + "…"
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - raises on a port that is not a number
        except ValueError:
            return f"{shown}: not a valid URL"
        if parts.scheme.lower() not in ("http", "https"):
            return f"{shown}: only http(s) image URLs can be fetched, not {parts.scheme}:"
        host = (parts.hostname or "").rstrip(".")
        if not host:
            return f"{shown}: the URL has no host"
        if host not in self._hosts:
            self._hosts[host] = _host_problem(host)
        return f"{shown}: {self._hosts[host]}" if self._hosts[host] else None


def _host_problem(host: str) -> str | None:
    if host in TRUSTED_HOSTS or host.endswith(tuple("." + h for h in TRUSTED_HOSTS)):
        return None
    if host == "localhost" or host.endswith(".localhost"):
        return "a loopback address; the server will not fetch it (use a public URL or a file)"
    try:
        ipaddress.ip_address(host)
        found = [host]
    except ValueError:
        try:
            found = addresses(host)
        except (OSError, UnicodeError):
            return f"host {host} does not resolve; the server could not fetch it"
    refused = [a for a in found if not public_address(a)]
    if refused:
        return (f"{refused[0]} is a loopback, private or link-local address; the server will not fetch it "
                "(use a public URL or a file)")
    return None
