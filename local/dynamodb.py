"""moto's DynamoDB server for the local stack, the tests and the benchmarks: one request at a time.
The local stack runs it in a process of its own (`DynamoDBProcess`, `python -m local.dynamodb`):
moto's work (most of the CPU of a webhook event) then runs on another core than the handlers'.

DynamoDB applies every conditional write and transaction atomically. moto's threaded server runs
requests on parallel threads with no lock, so two racing conditional writes can both pass their
check (seen as a flaky race test under load). A lock around each request gives DynamoDB's
atomicity back; moto is bound by the GIL anyway, so little throughput is lost. Written by hand:
ThreadedMotoServer has no such option.
"""

from __future__ import annotations

import copy
import io
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from moto.moto_server.threaded_moto_server import ThreadedMotoServer
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app

from local.web import Request, Response, make_server


class _OneRequestAtATime:
    def __init__(self, app: Any) -> None:
        self.app = app
        self.lock = threading.Lock()

    def __call__(self, environ: dict, start_response: Any) -> list[bytes]:
        with self.lock:
            return list(self.app(environ, start_response))  # the whole answer, under the lock

    def dynamodb(self, environ: dict) -> Response:
        """A DynamoDB operation handed to moto's DynamoDB handler directly, as moto's Flask view
        does (`moto.core.utils.convert_to_flask_response`) minus Flask's request context, URL
        routing and CORS, which cost about a fifth of a call (boto3 needs none of them)."""
        from botocore.exceptions import ClientError
        from moto.dynamodb.responses import DynamoHandler
        from moto.moto_server.werkzeug_app import BackendRequest

        request = BackendRequest(environ)
        with self.lock:
            try:
                status, headers, body = DynamoHandler.dispatch(
                    request, request.raw_url, dict(request.headers)
                )
            except ClientError as error:
                status, headers, body = 400, {}, error.response["Error"]["Message"]
        if isinstance(body, str):
            body = body.encode("utf-8")
        headers = {str(k): str(v) for k, v in headers.items() if str(k).lower() not in _HOP_BY_HOP}
        return Response(int(status), headers, body)


class _TouchedItemsBackup:
    """Stands in for the `copy` module inside moto's DynamoDB backend, so that TransactWriteItems
    backs up only the items it touches. moto deep-copies the whole table once per action of the
    transaction (rollback), O(actions × table size): a 32-customer fold of the member counts took
    over a second with 1,000 customers, a minute per run after a registration burst. Here the
    backup is a new Table object holding the same items (references) except the touched ones,
    which are deep-copied: what the rollback needs, since only those can change."""

    def __init__(self) -> None:
        self.touched: dict[str, list[dict]] | None = None  # set around each transaction (one at a time)
        self.made: dict[str, Any] = {}  # table name: its backup, made once per transaction

    def __getattr__(self, name: str) -> Any:
        return getattr(copy, name)

    def deepcopy(self, value: Any, memo: Any = None) -> Any:
        from moto.dynamodb.models.dynamo_type import DynamoType
        from moto.dynamodb.models.table import Table

        if not isinstance(value, Table) or self.touched is None:
            return copy.deepcopy(value, memo)
        if value.name in self.made:  # moto asks again for every action on the table
            return self.made[value.name]
        backup = self.made[value.name] = copy.copy(value)
        backup.items = copy.copy(value.items)
        for key in self.touched.get(value.name, []):
            hash_value = DynamoType(key[value.hash_key_attr])
            if hash_value not in value.items:
                continue
            if value.range_key_attr is None:
                backup.items[hash_value] = copy.deepcopy(value.items[hash_value])
            else:
                backup.items[hash_value] = {
                    r: copy.deepcopy(item) for r, item in value.items[hash_value].items()
                }
        return backup


def _backup_touched_items_only() -> None:
    from moto.dynamodb import models

    if isinstance(models.copy, _TouchedItemsBackup):
        return
    backup, original = _TouchedItemsBackup(), models.DynamoDBBackend.transact_write_items

    def transact_write_items(self: Any, transact_items: list[dict[str, Any]]) -> None:
        touched: dict[str, list[dict]] = {}
        for action in transact_items:
            op = next(iter(action.values()))
            table = self.tables.get(op.get("TableName"))
            if table is not None:
                touched.setdefault(table.name, []).append(op.get("Key") or op.get("Item") or {})
        backup.touched, backup.made = touched, {}
        try:
            return original(self, transact_items)
        finally:
            backup.touched, backup.made = None, {}

    models.copy = backup
    models.DynamoDBBackend.transact_write_items = transact_write_items


KEPT = 1024  # expressions (texts, with names and values) whose parse or checks each shortcut keeps


def _keep(kept: dict, key: Any, value: Any) -> None:
    """Keep `value` under `key`, in a store emptied when it holds KEPT entries (a bounded cache)."""
    if len(kept) >= KEPT:
        kept.clear()
    kept[key] = value


def _key_value(value: Any) -> Any:
    """What moto compares a key attribute by (DynamoType.cast_value), read directly for a string."""
    return value.value if value.type == "S" else value.cast_value


def _sort_items_by_plain_keys() -> None:
    """moto sorts every item of a table by its key on each Scan and each Query of an index
    (`Table.all_items`), comparing DynamoType objects, whose every comparison recomputes both
    values in Python: ~1 s for 100,000 customers, on every read of the sparse `by_recount` index
    (the group list's count of customers not yet folded, empty most of the time). Sorting by
    the same values computed once per item gives the same order in ~50 ms."""
    from moto.dynamodb.models.table import Table

    if getattr(Table.all_items, "plain_keys", False):
        return

    def all_items(self: Any) -> list[Any]:
        items = []
        for hash_set in self.items.values():
            if self.range_key_attr:
                items.extend(hash_set.values())
            else:
                items.append(hash_set)
        return sorted(
            items,
            key=lambda x: (
                (_key_value(x.hash_key), _key_value(x.range_key)) if x.range_key else _key_value(x.hash_key)
            ),
        )

    all_items.plain_keys = True  # type: ignore[attr-defined]
    all_items.moto = Table.all_items  # type: ignore[attr-defined]  (the test compares both)
    Table.all_items = all_items


def _list_moto_modules_once() -> None:
    """moto's server lists its package directory (a listdir and ~50 stats) on every request to
    route it: ~1 ms of each DynamoDB call here. The list does not change while it runs. Likewise
    it lists the methods of its DynamoDB handler class (inspect.getmembers, ~0.3 ms) on every
    request, to find the action's: the class does not change either."""
    import functools

    from moto import backends
    from moto.core import responses

    if not isinstance(backends.list_of_moto_modules, functools._lru_cache_wrapper):
        listing = backends.list_of_moto_modules
        backends.list_of_moto_modules = functools.cache(lambda: tuple(listing()))
    if not isinstance(responses.method_names_from_class, functools._lru_cache_wrapper):
        responses.method_names_from_class = functools.cache(responses.method_names_from_class)


def _parse_update_expressions_once() -> None:
    """moto parses an UpdateExpression into a tree on every UpdateItem (and every Update of a
    transaction): ~1 ms for a customer's write, whose expression is one of a few shapes. Its
    validator works on a deep copy of the tree (`Validator.__init__`), never on the tree itself,
    so the tree of each expression text is made once and kept (a bounded cache)."""
    import functools

    from moto.dynamodb.parsing.expressions import UpdateExpressionParser

    make = UpdateExpressionParser.__dict__["make"]
    if isinstance(make.__func__, functools._lru_cache_wrapper):
        return
    UpdateExpressionParser.make = classmethod(functools.lru_cache(maxsize=KEPT)(make.__func__))


def _traverse_with_one_processing_map() -> None:
    """moto's expression validators walk the tree once per check (ten of them for an update), and
    at every node rebuild their dict of node classes to handlers and its tuple of keys
    (`DepthFirstTraverser.nodes_to_be_processed`, `_processing_map`), then look the node's
    handler up in it: a third of an UpdateItem. Here the map is built once per walk, and which
    handler takes a node of a given class (the first whose class it is an instance of, as moto
    decides) once per check and class; the walk, its order and what each node becomes are moto's."""
    from moto.dynamodb.parsing.ast_nodes import DepthFirstTraverser, Node

    if getattr(DepthFirstTraverser.traverse, "one_map", False):
        return
    no_hook = DepthFirstTraverser.pre_processing_of_child
    decided: dict[type, dict[type, int]] = {}  # check: {node class: its handler's index, or -1}
    node_classes: dict[type, bool] = {}  # isinstance(…, Node) by class: Node is an ABC, slow to ask

    def is_node(kind: type) -> bool:
        answer = node_classes.get(kind)
        if answer is None:
            answer = node_classes[kind] = issubclass(kind, Node)
        return answer

    def traverse(self: Any, node: Any) -> Any:
        handlers = [handler for _, handler in self._processing_map().items()]
        kinds = list(self._processing_map())
        check = type(self)
        pre = None if check.pre_processing_of_child is no_hook else self.pre_processing_of_child
        indexes = decided.setdefault(check, {})

        def walk(node: Any, child_id: int) -> Any:  # `node` is a Node
            parent_node = node.parent
            if node.children is not None:
                for i, child_node in enumerate(node.children):
                    if pre is not None:
                        pre(node, i)
                    if is_node(type(child_node)):  # anything else is left as it is
                        walk(child_node, i)
            kind = type(node)
            index = indexes.get(kind)
            if index is None:
                index = indexes[kind] = next((i for i, k in enumerate(kinds) if issubclass(kind, k)), -1)
            if index >= 0:
                node = handlers[index](node)
                node.parent = parent_node
                if parent_node:
                    parent_node.children[child_id] = node
            return node

        return walk(node, -1) if is_node(type(node)) else node

    traverse.one_map = True  # type: ignore[attr-defined]
    traverse.moto = DepthFirstTraverser.traverse  # type: ignore[attr-defined]  (the tests compare both)
    DepthFirstTraverser.traverse = traverse


def _copy_and_search_trees_quickly() -> None:
    """The rest of moto's expression trees' cost: each UpdateItem deep-copies the tree
    (`Validator.__init__`) through `copy`'s generic protocol, and its checks search it with
    isinstance on abstract classes (ABCMeta's slow path) at every node (`Node.find_clauses`).
    Here a node copies itself (its attributes, deeply, as `copy.deepcopy` would, but directly),
    and the search asks once per class whether to look inside a node; the results are moto's."""
    from moto.dynamodb.parsing.ast_nodes import Expression, Node, UpdateExpressionFunction

    if "__deepcopy__" in Node.__dict__:
        return
    plain = (str, int, float, bool, type(None))

    def node_deepcopy(self: Any, memo: dict[int, Any]) -> Any:
        clone = object.__new__(type(self))
        memo[id(self)] = clone
        attributes = {}
        for name, value in self.__dict__.items():
            if type(value) in plain:
                attributes[name] = value
            elif name == "children" and type(value) is list:
                attributes[name] = [c if type(c) in plain else copy.deepcopy(c, memo) for c in value]
            else:
                attributes[name] = copy.deepcopy(value, memo)
        clone.__dict__.update(attributes)
        return clone

    searched: dict[type, bool] = {}

    def find_clauses(self: Any, clause_types: Any) -> list[Any]:
        clauses = []
        for child in self.children or []:
            kind = type(child)
            if kind in clause_types:
                clauses.append(child)
                continue
            inside = searched.get(kind)
            if inside is None:
                inside = searched[kind] = issubclass(kind, Expression | UpdateExpressionFunction)
            if inside:
                clauses.extend(child.find_clauses(clause_types))
        return clauses

    Node.__deepcopy__ = node_deepcopy
    Node.find_clauses = find_clauses


def _check_update_texts_once() -> None:
    """Two of moto's ten update validators look at the expression alone: the count of SET, ADD and
    REMOVE clauses (`ActionCountValidator`) and overlapping paths (`OverlappingPathsValidator`,
    with the names the placeholders stand for). Each walks the whole tree: together some 40 % of
    the validation of a customer's update. Their verdict depends on the expression's text
    and names only, and they leave the tree as it is; so once a text (its parsed tree, one per
    text: `_parse_update_expressions_once`) has passed every validator with given names, the
    next calls with the same text and names skip those two. A validation that fails is not kept:
    the same call fails the same way again."""
    from moto.dynamodb.parsing.validators import (
        ActionCountValidator,
        OverlappingPathsValidator,
        UpdateExpressionValidator,
    )

    if getattr(UpdateExpressionValidator.validate, "checked_once", False):
        return
    text_only = (ActionCountValidator, OverlappingPathsValidator)
    passed: dict[tuple, Any] = {}  # (tree id, names): the tree (kept alive: its id stays its own)
    make = UpdateExpressionValidator.__init__

    def init(self: Any, expression: Any, expression_attribute_names: Any, *args: Any, **kwargs: Any) -> None:
        make(self, expression, expression_attribute_names, *args, **kwargs)
        self.tree, self.key = (
            expression,
            (id(expression), tuple(sorted((expression_attribute_names or {}).items()))),
        )

    def validate(self: Any) -> Any:
        seen = passed.get(self.key) is self.tree
        node = self.node_to_validate
        for processor in self.processors:
            if not (seen and isinstance(processor, text_only)):
                node = processor.traverse(node)
        if not seen:
            _keep(passed, self.key, self.tree)
        return node

    validate.checked_once = True  # type: ignore[attr-defined]
    UpdateExpressionValidator.__init__ = init
    UpdateExpressionValidator.validate = validate


def _query_without_sorting_the_table() -> None:
    """moto answers every Query by sorting every item of the table (`Table.all_items`), then keeping
    those of the asked partition (or index key): a customer's timeline (history, one Query per
    block) costs a sort of every customer's entries, more with each event. Here a Query of a table
    looks only at its partition, and a Query of an index at the items unsorted (moto sorts the
    matches by the index's keys and the table's anyway, a total order). Same items, same order."""
    from moto.dynamodb.models.table import Table

    original = Table.query
    if getattr(original, "partition_first", False):
        return

    def query(
        self: Any,
        hash_key: Any,
        range_comparison: Any,
        range_objs: Any,
        limit: Any,
        exclusive_start_key: Any,
        scan_index_forward: Any,
        projection_expressions: Any,
        index_name: str | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        view = copy.copy(self)  # the same items, seen through a narrower `all_items`
        if index_name:
            view.all_items = lambda: [
                item for hash_set in self.items.values() for item in _partition_items(self, hash_set)
            ]
        elif hash_key is not None and hash_key.type == "S":  # strings: equal exactly when same text
            partition = self.items.get(hash_key)
            view.all_items = lambda: [] if partition is None else _partition_items(self, partition)
        else:
            view = self
        return original(
            view,
            hash_key,
            range_comparison,
            range_objs,
            limit,
            exclusive_start_key,
            scan_index_forward,
            projection_expressions,
            index_name,
            *args,
            **kwargs,
        )

    query.partition_first = True  # type: ignore[attr-defined]
    query.moto = original  # type: ignore[attr-defined]  (the tests compare both)
    Table.query = query


def _partition_items(table: Any, hash_set: Any) -> list[Any]:
    return list(hash_set.values()) if table.range_key_attr else [hash_set]


def _lex_conditions_once() -> None:
    """moto splits a ConditionExpression into tokens with a dozen regular expressions on every
    conditional write; the tokens depend on the expression's text only (the names and values
    come after), so they are kept per text (a bounded cache) and handed out as fresh copies."""
    import functools
    from collections import deque

    from moto.dynamodb.comparisons import ConditionExpressionParser

    if getattr(ConditionExpressionParser._lex_condition_expression, "cached", False):
        return
    lex = ConditionExpressionParser._lex_condition_expression

    @functools.lru_cache(maxsize=KEPT)
    def tokens(expression: str) -> tuple[Any, ...]:
        parser = ConditionExpressionParser.__new__(ConditionExpressionParser)
        parser.condition_expression = expression
        return tuple(lex(parser))

    def lex_condition_expression(self: Any) -> deque:
        return deque(
            node._replace(children=list(node.children)) for node in tokens(self.condition_expression)
        )

    lex_condition_expression.cached = True  # type: ignore[attr-defined]
    ConditionExpressionParser._lex_condition_expression = lex_condition_expression


def _parse_conditions_once() -> None:
    """moto parses a ConditionExpression into a tree of conditions on every conditional write, and
    three times for each conditional action of a transaction (to check the names it uses, to check
    the condition, then again in the write itself): a fifth of a customer's transaction. The tree,
    and the names and values it was found to use, depend on the text and on the names and values
    its placeholders stand for, and evaluating the tree only reads the item; so they are kept per
    text, with the names and values whose placeholders occur in the text (a superset of those it
    uses). A parse that fails is not kept: the same call fails the same way again."""
    import json

    from moto.dynamodb.comparisons import ConditionExpressionParser

    parse = ConditionExpressionParser.parse
    if getattr(parse, "cached", False):
        return
    kept: dict[tuple, tuple[Any, list[str], list[str]]] = {}

    def parse_once(self: Any) -> Any:
        text = self.condition_expression
        if not text:
            return parse(self)
        key = (
            text,
            tuple(sorted((k, v) for k, v in (self.expression_attribute_names or {}).items() if k in text)),
            tuple(
                sorted(
                    (k, json.dumps(v, sort_keys=True))
                    for k, v in (self.expression_attribute_values or {}).items()
                    if k in text
                )
            ),
        )
        found = kept.get(key)
        if found is None:
            names_before, values_before = len(self.expr_attr_names_found), len(self.expr_attr_values_found)
            tree = parse(self)
            found = (
                tree,
                self.expr_attr_names_found[names_before:],
                self.expr_attr_values_found[values_before:],
            )
            _keep(kept, key, found)
            return tree
        tree, names, values = found
        self.expr_attr_names_found.extend(names)
        self.expr_attr_values_found.extend(values)
        return tree

    parse_once.cached = True  # type: ignore[attr-defined]
    ConditionExpressionParser.parse = parse_once


def _as_handler(app: Any) -> Callable[[Request], Response]:
    """A WSGI application (moto's) as a `local.web` handler: the WSGI environ of each request, the
    application's status, headers and body as the response."""

    def handle(request: Request) -> Response:
        environ = {
            "REQUEST_METHOD": request.method,
            "SCRIPT_NAME": "",
            "PATH_INFO": unquote(request.path, "latin-1"),
            "QUERY_STRING": request.query,
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "0",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1",
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(request.body),
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": True,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
            "CONTENT_LENGTH": str(len(request.body)),
        }
        for name, value in request.headers.items():
            key = name.upper().replace("-", "_")
            if key == "CONTENT_TYPE":
                environ[key] = value
            elif key != "CONTENT_LENGTH":
                environ[f"HTTP_{key}"] = value
        answer: dict[str, Any] = {}

        def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
            answer["status"], answer["headers"] = int(status.split()[0]), headers

        if request.path == "/" and request.headers.get("x-amz-target", "").startswith(_DYNAMODB_TARGET):
            return app.dynamodb(environ)
        body = b"".join(app(environ, start_response))
        headers = {k: v for k, v in answer["headers"] if k.lower() not in _HOP_BY_HOP}
        return Response(answer["status"], headers, body)

    return handle


_DYNAMODB_TARGET = "DynamoDB_20120810."  # the X-Amz-Target of every DynamoDB operation


_HOP_BY_HOP = {"content-length", "connection", "transfer-encoding", "keep-alive"}


class DynamoDBServer(ThreadedMotoServer):
    """moto's server application (the same Flask app as `moto_server`), on `local.web`'s HTTP/1.1
    server instead of werkzeug's development server. werkzeug's closes the connection after every
    answer: each DynamoDB call then paid a new TCP connection, a new server thread and a
    connection drain, about 1 ms of CPU and as much wall time again (the handlers share this
    process's GIL with moto). Here boto3 keeps its connections open."""

    def _server_entry(self) -> None:  # as ThreadedMotoServer's, with the lock around the app
        app = _OneRequestAtATime(DomainDispatcherApplication(create_backend_app))
        self._server = make_server(_as_handler(app), self._ip_address, self._port)
        self._server_ready_event.set()
        self._server.serve_forever(poll_interval=0.1)

    def stop(self) -> None:
        super().stop()
        if self._server is not None:
            self._server.server_close()


def start(port: int = 0) -> tuple[DynamoDBServer, str]:
    """A started server on 127.0.0.1 (port 0: any free port) and its endpoint URL."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    _backup_touched_items_only()
    _sort_items_by_plain_keys()
    _list_moto_modules_once()
    _parse_update_expressions_once()
    _check_update_texts_once()
    _traverse_with_one_processing_map()
    _lex_conditions_once()
    _parse_conditions_once()
    _copy_and_search_trees_quickly()
    _query_without_sorting_the_table()
    server = DynamoDBServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    host, bound = server.get_host_and_port()
    return server, f"http://{host}:{bound}"


class DynamoDBProcess:
    """`start()` in a child process (`python -m local.dynamodb`), so that moto does not share the
    local stack's GIL with the handlers, boto3 and the LINE emulator: a webhook event spends about
    two thirds of its CPU in moto. The child is in a session of its own (a Ctrl-C in the terminal
    reaches only the stack, which saves the data through it first, then stops it) and exits when
    its standard input closes, so it never outlives the stack, even one killed outright."""

    def __init__(self, port: int = 0):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "local.dynamodb", "--port", str(port)],
            cwd=Path(__file__).resolve().parent.parent,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        self.url = ""

    def wait_until_serving(self) -> str:
        """Its endpoint URL, once it serves (it prints it then)."""
        if not self.url:
            line = self.process.stdout.readline().strip()
            if not line.startswith("http://"):
                self.process.kill()
                raise RuntimeError(
                    f"moto's DynamoDB server did not start (exit status {self.process.wait()})"
                )
            self.url = line
        return self.url

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()  # its signal to stop
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process.stdout.close()


def main(argv: list[str] | None = None) -> int:
    """`python -m local.dynamodb [--port N]`: serve until standard input closes; prints the URL."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m local.dynamodb")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    server, url = start(args.port)
    print(url, flush=True)
    from local import gc_pauses

    gc_pauses.settle()  # moto's imports out of every later full collection's walk
    try:
        while sys.stdin.buffer.read(65536):
            pass
    except KeyboardInterrupt:
        pass
    server.stop()
    os._exit(0)  # no wait for moto's daemon threads: the data lives in the parent's file


if __name__ == "__main__":
    sys.exit(main())
