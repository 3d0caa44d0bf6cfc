"""Q expressions as the JitAI docs define them (reference/framework/JitORM/q-expressions.md), over plain sample rows.

    Q(field, operator, value)          one condition; `customer__custName` reaches a related row's field
    Q(q)                               the outer wrap a single condition needs when passed as a filter
    Q(q1, Q.AND, q2), Q(q1, Q.OR, q2)  combinations, nested to any depth (longer chains: one connector)

The shim's earlier Django-like form (`Q(amount__gte=90) & ~Q(status="x")`) still works. A filter given as
a string is parsed with `ast` and walked; nothing in it is ever evaluated (`parse_filter`).
"""
import ast
import datetime
import re

from _event_studio.plain import to_plain

AND = "AND"
OR = "OR"

# Operator → (test(actual, expected), negated). A negated operator is the negation of its positive
# test over all of a field's values (a related list: "none of them matches").
_NEGATED = {"!=": "=", "ne": "=", "nin": "in", "nlike": "like", "nlikeany": "likeany", "nbelong": "belong"}
OPERATORS = ("=", "!=", "ne", ">", "gt", ">=", "gte", "<", "lt", "<=", "lte", "in", "nin", "like", "nlike",
             "startswith", "endswith", "likeany", "nlikeany", "isnull", "range", "belong", "nbelong",
             "year", "month", "week", "day", "province", "city", "district")
# Extra names the Django-like keyword form has always accepted (`amount__eq`, `name__contains`).
_KEYWORD_ALIASES = {"eq": "=", "exact": "=", "contains": "like"}
_ACCEPTED_FORM = "Q(Q('amount', '>', 100)) or Q(Q('a', '=', 1), Q.AND, Q('b', 'in', [1, 2]))"


def _is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _num(text):
    try:
        return float(text) if any(c in text for c in ".eEn") else int(text)
    except ValueError:
        return None


_DATE_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _as_datetime(v):
    """A naive datetime from a date, a datetime or an ISO string; None when v is none of those."""
    if isinstance(v, datetime.datetime):
        return v.replace(tzinfo=None)
    if isinstance(v, datetime.date):
        return datetime.datetime(v.year, v.month, v.day)
    if isinstance(v, str) and _DATE_TEXT.match(v.strip()):
        text = v.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            return datetime.datetime.fromisoformat(text).replace(tzinfo=None)
        except ValueError:
            return None
    return None


def _pair(a, b):
    """a and b made comparable (numbers, datetimes, or as given), or None when they cannot be compared."""
    if a is None or b is None:
        return None
    if _is_num(a) and _is_num(b):
        return a, b
    if _is_num(a) and isinstance(b, str):
        nb = _num(b.strip())
        return (a, nb) if nb is not None else None
    if isinstance(a, str) and _is_num(b):
        na = _num(a.strip())
        return (na, b) if na is not None else None
    dated = isinstance(a, datetime.date) or isinstance(b, datetime.date)
    if dated or (isinstance(a, str) and isinstance(b, str) and _DATE_TEXT.match(a.strip()) and _DATE_TEXT.match(b.strip())):
        da, db = _as_datetime(a), _as_datetime(b)
        if da is not None and db is not None:
            return da, db
        if dated:
            return None
    if type(a) is type(b) or (isinstance(a, (int, float)) and isinstance(b, (int, float))):
        return a, b
    return None


def _eq(a, b):
    pair = _pair(a, b)
    if pair is not None:
        return pair[0] == pair[1]
    return a == b


def _order(test):
    def check(a, b):
        pair = _pair(a, b)
        if pair is None:
            return False
        try:
            return bool(test(pair[0], pair[1]))
        except TypeError:
            return False
    return check


def _texts(a):
    """The strings a text operator looks at: a string, a number's text, or each of a list's items."""
    if isinstance(a, str):
        return [a]
    if _is_num(a):
        return [str(a)]
    if isinstance(a, (list, tuple)):
        return [t for item in a for t in _texts(item)]
    return []


def _like_one(text, pattern):
    pattern = str(pattern)
    if "%" in pattern:  # SQL LIKE pattern (the docs' earlier version): % any run, _ any one character
        regex = "".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in pattern)
        return re.fullmatch(regex, text, re.DOTALL) is not None
    return pattern in text


def _like(a, b):
    return any(_like_one(t, b) for t in _texts(a))


def _likeany(a, b):
    return any(_like(a, p) for p in b)


def _in(a, b):
    if isinstance(a, (list, tuple)):
        return any(_in(item, b) for item in a)
    return any(_eq(a, x) for x in b)


def _is_null(a):
    return a is None or a == "" or a == [] or a == {}


def _isnull(a, b):
    return _is_null(a) == bool(b)


def _range(a, b):
    lo, hi = b
    return (lo is None or _order(lambda x, y: x >= y)(a, lo)) and (hi is None or _order(lambda x, y: x <= y)(a, hi))


_ADDRESS_PARTS = ("province", "city", "district")


def _belong(a, b):
    if not isinstance(a, dict):
        return False
    return all(_is_null(want) or _eq(a.get(part), want) for part, want in b.items())


def _address_part(part):
    return lambda a, b: isinstance(a, dict) and _eq(a.get(part), b)


def _date_part(part):
    def check(a, b):
        when = _as_datetime(a)
        if when is None:
            return False
        have = when.isocalendar()[1] if part == "week" else getattr(when, part)
        return have == int(b)
    return check


_TESTS = {
    "=": _eq,
    ">": _order(lambda x, y: x > y), ">=": _order(lambda x, y: x >= y),
    "<": _order(lambda x, y: x < y), "<=": _order(lambda x, y: x <= y),
    "in": _in, "like": _like, "likeany": _likeany,
    "startswith": lambda a, b: any(t.startswith(str(b)) for t in _texts(a)),
    "endswith": lambda a, b: any(t.endswith(str(b)) for t in _texts(a)),
    "isnull": _isnull, "range": _range, "belong": _belong,
    "year": _date_part("year"), "month": _date_part("month"), "week": _date_part("week"), "day": _date_part("day"),
    "province": _address_part("province"), "city": _address_part("city"), "district": _address_part("district"),
}
_SPELLINGS = {"gt": ">", "gte": ">=", "lt": "<", "lte": "<="}


def _unknown(op, where):
    return ValueError(f"unknown Q operator {op!r} in {where}; known operators: {', '.join(OPERATORS)}")


def _check_value(op, value, where):
    """Refuse a value the operator cannot take, naming the condition (the platform would refuse it too)."""
    base = _NEGATED.get(op, _SPELLINGS.get(op, op))
    if base in ("in", "likeany") and not isinstance(value, (list, tuple, set)):
        raise ValueError(f"{where}: '{op}' takes a list of values, got {value!r}")
    if base == "range" and not (isinstance(value, (list, tuple)) and len(value) == 2):
        raise ValueError(f"{where}: 'range' takes [low, high], got {value!r}")
    if base == "belong" and not isinstance(value, dict):
        raise ValueError(f"{where}: '{op}' takes an address dict such as {{'province': 'Beijing', 'city': ''}}, got {value!r}")
    if base in ("year", "month", "week", "day"):
        if isinstance(value, bool) or not (isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit())):
            raise ValueError(f"{where}: '{op}' takes a whole number, got {value!r}")


def _values(plain, path):
    """Every value a field path reaches in a plain row: `a__b` reads row['a']['b'], over each dict of a list."""
    current = [plain]
    for segment in path:
        found = []
        for v in current:
            if isinstance(v, dict):
                found.append(v.get(segment))
            elif isinstance(v, (list, tuple)) and v and all(isinstance(item, dict) for item in v):
                found.extend(item.get(segment) for item in v)
            else:
                found.append(None)
        current = found
    return current or [None]


class Q:
    """A JitAI Q expression; `Q.AND` and `Q.OR` connect them."""

    AND = AND
    OR = OR
    __slots__ = ("_kind", "_field", "_op", "_value", "_children", "_connector")

    def __init__(self, *args, **kwargs):
        self._kind = "group"
        self._connector = AND
        self._children = []
        self._field = self._op = self._value = None
        if args and kwargs:
            raise ValueError(f"Q takes either (field, operator, value) or keyword lookups, not both; for example {_ACCEPTED_FORM}")
        if kwargs:
            self._children = [Q._keyword(key, value) for key, value in kwargs.items()]
        elif len(args) == 3 and isinstance(args[0], str) and isinstance(args[1], str):
            self._leaf(*args)
        elif len(args) == 1 and isinstance(args[0], Q):
            self._children = [args[0]]
        elif args:
            self._chain(args)

    def _leaf(self, field, op, value):
        where = f"Q({field!r}, {op!r}, {value!r})"
        if not field:
            raise ValueError(f"{where}: the field is empty")
        if op not in OPERATORS:
            raise _unknown(op, where)
        value = to_plain(value)
        _check_value(op, value, where)
        self._kind, self._field, self._op, self._value = "leaf", field, op, value

    def _chain(self, args):
        shapes = ", ".join("Q.AND" if a == AND else "Q.OR" if a == OR else type(a).__name__ for a in args)
        ok = len(args) % 2 == 1 and all(isinstance(a, Q) for a in args[::2]) and all(c in (AND, OR) for c in args[1::2])
        if not ok:
            raise ValueError(f"Q({shapes}) is not a Q expression: write Q(field, operator, value), Q(q) or "
                             f"Q(q1, Q.AND, q2) / Q(q1, Q.OR, q2); for example {_ACCEPTED_FORM}")
        connectors = set(args[1::2])
        if len(connectors) > 1:
            raise ValueError(f"Q({shapes}) mixes Q.AND and Q.OR in one chain: nest them, e.g. Q(Q(q1, Q.AND, q2), Q.OR, q3)")
        self._connector = connectors.pop()
        self._children = list(args[::2])

    @staticmethod
    def _keyword(key, value):
        """One Django-like keyword lookup (`amount__gte=90`, `customer__custName="Ann"`) as a condition."""
        if not isinstance(key, str) or not key:
            raise ValueError(f"a filter's field names are strings, got {key!r}")
        parts = key.split("__")
        op = "="
        last = parts[-1]
        if len(parts) > 1 and (last in OPERATORS or last in _KEYWORD_ALIASES):
            op = _KEYWORD_ALIASES.get(last, last)
            parts = parts[:-1]
        if op == "isnull" and isinstance(value, bool):
            value = int(value)
        q = Q.__new__(Q)
        q._children, q._connector = [], AND
        q._leaf("__".join(parts), op, value)
        return q

    @classmethod
    def from_mapping(cls, mapping):
        q = cls()
        q._children = [cls._keyword(key, value) for key, value in mapping.items()]
        return q

    def __and__(self, other):
        return self._join(other, AND)

    def __or__(self, other):
        return self._join(other, OR)

    def _join(self, other, connector):
        if not isinstance(other, Q):
            return NotImplemented
        q = Q()
        q._connector, q._children = connector, [self, other]
        return q

    def __invert__(self):
        q = Q()
        q._kind, q._children = "not", [self]
        return q

    def __bool__(self):
        return True

    def __repr__(self):
        if self._kind == "leaf":
            return f"Q({self._field!r}, {self._op!r}, {self._value!r})"
        if self._kind == "not":
            return f"~{self._children[0]!r}"
        sep = ", Q.AND, " if self._connector == AND else ", Q.OR, "
        return f"Q({sep.join(repr(c) for c in self._children)})"

    def __plain__(self, depth=0):
        return repr(self)

    def matches(self, plain):
        """Whether a plain row (a dict of field values) meets this expression."""
        if self._kind == "leaf":
            base = _NEGATED.get(self._op)
            test = _TESTS[_SPELLINGS.get(base or self._op, base or self._op)]
            hit = any(test(v, self._value) for v in _values(plain, self._field.split("__")))
            return not hit if base else hit
        if self._kind == "not":
            return not self._children[0].matches(plain)
        if self._connector == AND:
            return all(c.matches(plain) for c in self._children)
        return any(c.matches(plain) for c in self._children)


def as_predicate(q):
    """The row test for a Q passed as a filter; a bare single condition is refused (the docs' outer-wrap rule)."""
    if q._kind == "leaf":
        raise ValueError(f"a single condition passed as a filter must be wrapped in an outer Q(): write Q({q!r}), "
                         f"not {q!r} (JitAI docs, Q expressions)")
    return q.matches


# ---- strings: parsed and walked, never evaluated -------------------------------------------------

def _describe(node):
    try:
        text = ast.unparse(node)
    except Exception:  # unparse of an odd node must not hide the real message
        text = type(node).__name__
    if len(text) > 60:
        text = text[:57] + "..."
    kind = {ast.Call: "a call", ast.Name: "a name", ast.Attribute: "an attribute", ast.Subscript: "a subscript",
            ast.Lambda: "a lambda", ast.BinOp: "an operation"}.get(type(node), f"a {type(node).__name__} expression")
    return f"{kind} `{text}`"


def _refuse(node, why="may hold only Q(...) calls, Q.AND / Q.OR and literals"):
    return ValueError(f"a filter string {why}; found {_describe(node)}. Accepted: {_ACCEPTED_FORM}")


def _is_q_call(node):
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Q"


def _expression(node):
    if _is_q_call(node):
        if any(kw.arg is None for kw in node.keywords) or any(isinstance(a, ast.Starred) for a in node.args):
            raise _refuse(node, "may not unpack arguments (* or **)")
        args = [_argument(a) for a in node.args]
        kwargs = {kw.arg: _literal(kw.value) for kw in node.keywords}
        return Q(*args, **kwargs)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitAnd, ast.BitOr)):
        left, right = _expression(node.left), _expression(node.right)
        return left & right if isinstance(node.op, ast.BitAnd) else left | right
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Invert):
        return ~_expression(node.operand)
    raise _refuse(node)


def _argument(node):
    if _is_q_call(node) or isinstance(node, (ast.BinOp, ast.UnaryOp)) and not _literal_ok(node):
        return _expression(node)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "Q":
        if node.attr in (AND, OR):
            return getattr(Q, node.attr)
        raise _refuse(node, "may name only Q.AND and Q.OR")
    return _literal(node)


def _literal_ok(node):
    try:
        ast.literal_eval(node)
        return True
    except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
        return False


def _literal(node):
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
        pass
    bad = next((n for n in ast.walk(node) if not isinstance(n, (
        ast.Constant, ast.List, ast.Tuple, ast.Set, ast.Dict, ast.UnaryOp, ast.BinOp, ast.Load,
        ast.USub, ast.UAdd, ast.Add, ast.Sub))), node)
    raise _refuse(bad)


def parse_filter(text):
    """A Q from a filter string such as "Q(Q('amount', '>', 100))"; anything but Q(...), Q.AND/Q.OR and
    literals raises ValueError. The string is parsed (`ast.parse`), never evaluated."""
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as e:
        raise ValueError(f"a filter string must be a Q expression, e.g. {_ACCEPTED_FORM}; {text!r} is not valid "
                         f"Python ({e.msg})") from None
    except (RecursionError, MemoryError):
        raise ValueError("a filter string is nested too deeply") from None
    try:
        return _expression(tree.body)
    except RecursionError:
        raise ValueError("a filter string is nested too deeply") from None
