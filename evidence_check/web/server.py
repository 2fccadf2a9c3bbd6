"""Starting the server: settings checks, the access token, uvicorn."""
from __future__ import annotations

from dataclasses import replace

from .config import ServeConfig, is_loopback
from .security import new_secret


def prepare(cfg: ServeConfig) -> tuple[ServeConfig, bool]:
    """Any host other than loopback needs a token; generate one when none was given.
    Returns the config and whether the token was generated (so it gets printed)."""
    if cfg.token or is_loopback(cfg.host):
        return cfg, False
    return replace(cfg, token=new_secret()), True


def serve(cfg: ServeConfig) -> None:
    import uvicorn

    from .app import create_app

    uvicorn.run(create_app(cfg), host=cfg.host, port=cfg.port, log_level="warning", proxy_headers=False,
                server_header=False, timeout_graceful_shutdown=15)
