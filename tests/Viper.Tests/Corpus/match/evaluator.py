# A small expression language: a tokenizer, a parser to tuples and classes, and an evaluator and
# simplifier written with match.
class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Num({self.value})"


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Var({self.name!r})"


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def __repr__(self):
        return f"BinOp({self.op!r}, {self.left!r}, {self.right!r})"


class Let:
    __match_args__ = ("name", "value", "body")

    def __init__(self, name, value, body):
        self.name = name
        self.value = value
        self.body = body

    def __repr__(self):
        return f"Let({self.name!r}, {self.value!r}, {self.body!r})"


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        match text[i]:
            case " ":
                i += 1
            case "+" | "-" | "*" | "/" | "(" | ")" | "=" as op:
                tokens.append(("op", op))
                i += 1
            case c if c.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                tokens.append(("num", int(text[i:j])))
                i = j
            case c if c.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                word = text[i:j]
                tokens.append(("kw", word) if word in ("let", "in") else ("name", word))
                i = j
            case c:
                raise SyntaxError(f"bad character {c!r}")
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def next(self):
        token = self.peek()
        self.pos += 1
        return token

    def expression(self):
        match self.peek():
            case ("kw", "let"):
                self.next()
                match self.next(), self.next():
                    case ("name", name), ("op", "="):
                        pass
                    case other:
                        raise SyntaxError(f"bad let {other}")
                value = self.expression()
                match self.next():
                    case ("kw", "in"):
                        pass
                    case token:
                        raise SyntaxError(f"expected in, got {token}")
                return Let(name, value, self.expression())
        left = self.term()
        while True:
            match self.peek():
                case ("op", "+" | "-" as op):
                    self.next()
                    left = BinOp(op, left, self.term())
                case _:
                    return left

    def term(self):
        left = self.atom()
        while True:
            match self.peek():
                case ("op", ("*" | "/") as op):
                    self.next()
                    left = BinOp(op, left, self.atom())
                case _:
                    return left

    def atom(self):
        match self.next():
            case ("num", value):
                return Num(value)
            case ("name", name):
                return Var(name)
            case ("op", "("):
                inner = self.expression()
                match self.next():
                    case ("op", ")"):
                        return inner
                    case token:
                        raise SyntaxError(f"expected ), got {token}")
            case ("op", "-"):
                return BinOp("-", Num(0), self.atom())
            case token:
                raise SyntaxError(f"unexpected {token}")


def evaluate(node, env):
    match node:
        case Num(value):
            return value
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name}")
        case BinOp("/", _, right) if evaluate(right, env) == 0:
            raise ZeroDivisionError("division by zero in expression")
        case BinOp(op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/":
                    return a // b
        case Let(name, value, body):
            inner = dict(env)
            inner[name] = evaluate(value, env)
            return evaluate(body, inner)
        case _:
            raise TypeError(f"not a node: {node!r}")


def simplify(node):
    match node:
        case BinOp(op, left, right):
            left, right = simplify(left), simplify(right)
            match op, left, right:
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case "-", x, Var(y) if isinstance(x, Var) and x.name == y:
                    return Num(0)
                case _, Num(a), Num(b):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case _:
                    return BinOp(op, left, right)
        case Let(name, value, body):
            return Let(name, simplify(value), simplify(body))
        case _:
            return node


programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "let x = 5 in x * x - 1",
    "let x = 2 in let y = x * 10 in y / x + -3",
    "a * 1 + 0",
    "b - b + c * 0",
    "2 * 3 + x",
    "10 / (5 - 5)",
    "let z = 1 in q",
    "1 + $",
    "(1 + 2",
    "let = 3 in 4",
]
for text in programs:
    try:
        tree = Parser(tokenize(text)).expression()
        print(text, "=>", tree)
        print("  simplified:", simplify(tree))
        print("  value:", evaluate(tree, {"a": 7, "b": 1, "c": 2, "x": 4}))
    except (SyntaxError, NameError, ZeroDivisionError) as error:
        print("  error:", type(error).__name__, error)

# The evaluator's catch-all case.
try:
    evaluate("not a node", {})
except TypeError as error:
    print(error)


# A tiny stack machine dispatching on instruction tuples.
def run(program):
    stack = []
    pc = 0
    while pc < len(program):
        match program[pc]:
            case ("push", value):
                stack.append(value)
            case ("add",):
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ("mul",):
                b, a = stack.pop(), stack.pop()
                stack.append(a * b)
            case ("jump_if_zero", target) if stack[-1] == 0:
                pc = target
                continue
            case ("jump_if_zero", _):
                pass
            case ("dup",):
                stack.append(stack[-1])
            case ("print",):
                print("  out:", stack[-1])
            case ("halt",):
                break
            case instruction:
                raise ValueError(f"unknown instruction {instruction}")
        pc += 1
    return stack


print(run([("push", 2), ("push", 3), ("add",), ("dup",), ("mul",), ("print",), ("push", 0),
           ("jump_if_zero", 10), ("push", 99), ("print",), ("halt",), ("push", 100)]))
try:
    run([("push", 1), ("pop",)])
except ValueError as error:
    print(error)
