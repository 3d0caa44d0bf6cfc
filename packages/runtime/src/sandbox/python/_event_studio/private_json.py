"""The sandbox's own JSON reading and writing, out of a handler's reach.

C objects made at import, before any handler ran, and kept in default arguments, which the audit
hook makes unreadable. A handler that patches `json` (its functions, classes or the module's default
decoder instance) changes what *it* reads and writes, never how the runner reads a request or writes
a result. (The heap restore between runs undoes the patch anyway; this keeps even the patching run's
own request parsing honest.)
"""
from json import decoder as _json_decoder
from json import encoder as _json_encoder
from json import scanner as _json_scanner


def _refuse_constant(name):
    raise ValueError(f"{name} is not valid in the sandbox's JSON")


def loads(text, _scan=_json_scanner.c_make_scanner(_json_decoder.JSONDecoder(parse_constant=_refuse_constant)),
          _space=_json_decoder.WHITESPACE.match, _len=len, _error=ValueError):
    """One JSON document from text (no NaN or Infinity)."""
    value, end = _scan(text, _space(text, 0).end())
    if _space(text, end).end() != _len(text):
        raise _error("extra data after the JSON document")
    return value


def dumps(value, _make=_json_encoder.c_make_encoder, _string=_json_encoder.encode_basestring, _repr=repr,
          _join="".join):
    """Compact JSON text of a plain value (objects JSON cannot hold become their repr)."""
    return _join(_make({}, _repr, _string, None, ":", ",", False, False, True)(value, 0))
