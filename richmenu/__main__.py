"""`python -m richmenu image|create`: see richmenu/__init__.py and docs/deploy.md (the rich menu)."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m richmenu", description="The LINE rich menu.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("image", help="draw richmenu/richmenu.png from the definition (needs Pillow)")
    create = commands.add_parser(
        "create",
        help="create the rich menu through the Messaging API and make it the default menu",
        description="Creates the menu (richmenu/menu.py), uploads richmenu/richmenu.png and makes it "
        "the default menu; reuses a menu of the same name that is already identical, else replaces it "
        "(the older ones are deleted once the new one is the default). The channel access token is "
        "read as the functions read it: the secret LINE_SECRET_NAME (Secrets Manager), else "
        "LINE_CHANNEL_ACCESS_TOKEN.",
    )
    create.add_argument(
        "--endpoint",
        help="the Messaging API's base URL (default: $LINE_API_BASE_URL, else https://api.line.me)",
    )
    create.add_argument(
        "--data-endpoint",
        help="the base URL the image goes to (default: $LINE_DATA_API_BASE_URL, else "
        "https://api-data.line.me for LINE, else the same as --endpoint, as for the local emulator)",
    )
    args = parser.parse_args(argv)
    if args.command == "image":
        from richmenu import image, menu

        path = image.write()
        print(f"wrote {path} ({path.stat().st_size} bytes, {menu.WIDTH}×{menu.HEIGHT})")
        return 0
    from richmenu import deploy

    try:
        result = deploy.create_from_environment(args.endpoint, args.data_endpoint)
    except deploy.DeployError as error:
        print(f"エラー: {error}", file=sys.stderr)
        return 1
    print(result.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
