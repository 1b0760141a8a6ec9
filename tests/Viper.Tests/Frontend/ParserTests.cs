using NUnit.Framework;
using Viper.Frontend.Ast;
using Viper.Frontend.Diagnostics;
using Viper.Frontend.Parsing;
using Assert = NUnit.Framework.Assert;
using Attribute = Viper.Frontend.Ast.Attribute;

namespace Viper.Tests.Frontend;

public class ParserTests
{
    private static IReadOnlyList<Stmt> Parse(string source) => Parser.ParseModule(source, "<test>").Body;

    private static Expr Expression(string source) => Parser.ParseExpression(source);

    private static PythonSyntaxError Fails(string source) =>
        Assert.Throws<PythonSyntaxError>(() => Parser.ParseModule(source, "<test>"))!;

    [Test]
    public void PrecedenceOfArithmetic()
    {
        var e = (BinOp)Expression("1 + 2 * 3 ** -4");
        Assert.That(e.Op, Is.EqualTo(BinaryOperator.Add));
        var product = (BinOp)e.Right;
        Assert.That(product.Op, Is.EqualTo(BinaryOperator.Mult));
        var power = (BinOp)product.Right;
        Assert.That(power.Op, Is.EqualTo(BinaryOperator.Pow));
        Assert.That(power.Right, Is.InstanceOf<UnaryOp>());
    }

    [Test]
    public void PowerIsRightAssociativeAndBindsTighterThanUnaryMinus()
    {
        var e = (UnaryOp)Expression("-2 ** 3 ** 2");
        var power = (BinOp)e.Operand;
        Assert.That(power.Right, Is.InstanceOf<BinOp>());
    }

    [Test]
    public void BooleanAndComparisonStructure()
    {
        var e = (BoolOp)Expression("a or b and not c < d <= e is not f not in g");
        Assert.That(e.Op, Is.EqualTo(BoolOperator.Or));
        var and = (BoolOp)e.Values[1];
        var not = (UnaryOp)and.Values[1];
        var compare = (Compare)not.Operand;
        Assert.That(compare.Ops, Is.EqualTo(new[]
        {
            CompareOperator.Lt, CompareOperator.LtE, CompareOperator.IsNot, CompareOperator.NotIn,
        }));
    }

    [Test]
    public void ConditionalLambdaAndWalrus()
    {
        Assert.That(Expression("a if b else c"), Is.InstanceOf<IfExp>());
        var lambda = (Lambda)Expression("lambda x, *a, k=1, **kw: x");
        Assert.That(lambda.Args.Args.Select(a => a.Name), Is.EqualTo(new[] { "x" }));
        Assert.That(lambda.Args.VarArg!.Name, Is.EqualTo("a"));
        Assert.That(lambda.Args.KwOnlyArgs.Single().Name, Is.EqualTo("k"));
        Assert.That(lambda.Args.KwDefaults.Single(), Is.InstanceOf<IntLiteral>());
        Assert.That(Expression("(y := 5)"), Is.InstanceOf<NamedExpr>());
    }

    [Test]
    public void CallsAttributesAndSubscripts()
    {
        var call = (Call)Expression("f(a, *b, c=1, **d)");
        Assert.That(call.Args, Has.Count.EqualTo(2));
        Assert.That(call.Args[1], Is.InstanceOf<Starred>());
        Assert.That(call.Keywords.Select(k => k.Arg), Is.EqualTo(new[] { "c", null }));
        var subscript = (Subscript)Expression("a.b[1:2, ::3]");
        Assert.That(subscript.Value, Is.InstanceOf<Attribute>());
        var index = (TupleExpr)subscript.Index;
        Assert.That(index.Elements[1], Is.EqualTo(new Slice(null, null, new IntLiteral(3) { Span = new SourceSpan(1, 11, 1, 12) }) { Span = new SourceSpan(1, 9, 1, 12) }));
    }

    [Test]
    public void Displays()
    {
        Assert.That(((TupleExpr)Expression("()")).Elements, Is.Empty);
        Assert.That(((TupleExpr)Expression("(1,)")).Elements, Has.Count.EqualTo(1));
        Assert.That(Expression("(1)"), Is.InstanceOf<IntLiteral>());
        Assert.That(((ListExpr)Expression("[1, *a, 2,]")).Elements, Has.Count.EqualTo(3));
        Assert.That(((SetExpr)Expression("{1, *a}")).Elements, Has.Count.EqualTo(2));
        var dict = (DictExpr)Expression("{1: 2, **m}");
        Assert.That(dict.Keys[1], Is.Null);
        Assert.That(Expression("{}"), Is.InstanceOf<DictExpr>());
    }

    [Test]
    public void Comprehensions()
    {
        var list = (ListComp)Expression("[x for x in y if x for z in x]");
        Assert.That(list.Generators, Has.Count.EqualTo(2));
        Assert.That(list.Generators[0].Ifs, Has.Count.EqualTo(1));
        Assert.That(Expression("{k: v for k, v in d}"), Is.InstanceOf<DictComp>());
        Assert.That(Expression("{x async for x in y}"), Is.InstanceOf<SetComp>());
        var call = (Call)Expression("f(x for x in y)");
        Assert.That(call.Args.Single().Span, Is.EqualTo(new SourceSpan(1, 1, 1, 15)));
    }

    [Test]
    public void Literals()
    {
        Assert.That(Expression("True"), Is.EqualTo(new BoolLiteral(true) { Span = new SourceSpan(1, 0, 1, 4) }));
        Assert.That(Expression("None"), Is.InstanceOf<NoneLiteral>());
        Assert.That(Expression("..."), Is.InstanceOf<EllipsisLiteral>());
        Assert.That(((StrLiteral)Expression("'a' \"b\"\n")).Value, Is.EqualTo("ab"));
        Assert.That(((BytesLiteral)Expression("b'a' b'b'")).Value, Is.EqualTo("ab"u8.ToArray()));
        Assert.That(((ImaginaryLiteral)Expression("2j")).Value, Is.EqualTo(2.0));
    }

    [Test]
    public void FStrings()
    {
        var joined = (JoinedStr)Expression("f'a{x!r:>{w}}b{{}}'");
        Assert.That(joined.Parts, Has.Count.EqualTo(3));
        var field = (FormattedValue)joined.Parts[1];
        Assert.That(field.Conversion, Is.EqualTo('r'));
        Assert.That(field.Value.Span, Is.EqualTo(new SourceSpan(1, 4, 1, 5)));
        Assert.That(field.FormatSpec!.Parts, Has.Count.EqualTo(2));
        Assert.That(((StrLiteral)joined.Parts[2]).Value, Is.EqualTo("b{}"));
    }

    [Test]
    public void SelfDocumentingFStringField()
    {
        var joined = (JoinedStr)Expression("f'{x = }'");
        Assert.That(((StrLiteral)joined.Parts[0]).Value, Is.EqualTo("x = "));
        Assert.That(((FormattedValue)joined.Parts[1]).Conversion, Is.EqualTo('r'));
    }

    [Test]
    public void FStringConcatenatesWithPlainStrings()
    {
        var joined = (JoinedStr)Expression("'a' f'{x}' 'b'");
        Assert.That(joined.Parts.Select(p => p.GetType().Name), Is.EqualTo(new[] { "StrLiteral", "FormattedValue", "StrLiteral" }));
        Assert.That(((JoinedStr)Expression("f''")).Parts, Is.Empty);
    }

    [Test]
    public void AssignmentForms()
    {
        var statements = Parse("a = b = 1\nx, *y = 1, 2\nz += 1\nw: int = 3\n(v): int\n");
        Assert.That(((Assign)statements[0]).Targets, Has.Count.EqualTo(2));
        Assert.That(((Assign)statements[1]).Targets[0], Is.InstanceOf<TupleExpr>());
        Assert.That(((Assign)statements[1]).Value, Is.InstanceOf<TupleExpr>());
        Assert.That(((AugAssign)statements[2]).Op, Is.EqualTo(BinaryOperator.Add));
        Assert.That(((AnnAssign)statements[3]).Simple, Is.True);
        Assert.That(((AnnAssign)statements[4]).Simple, Is.False);
    }

    [Test]
    public void CompoundStatements()
    {
        var source = """
            @dec
            async def f(a, /, b=1, *, c, **k) -> int:
                async for x in y:
                    pass
                async with a as (b, c), d:
                    await z
            class C(Base, metaclass=M):
                x = 1
            if a:
                pass
            elif b:
                pass
            else:
                pass
            while x:
                break
            else:
                continue
            try:
                pass
            except* E as e:
                pass
            with (open(x) as f, open(y) as g):
                pass
            """;
        var statements = Parse(source);
        var function = (FunctionDef)statements[0];
        Assert.That(function.IsAsync, Is.True);
        Assert.That(function.Decorators, Has.Count.EqualTo(1));
        Assert.That(function.Args.PosOnlyArgs.Single().Name, Is.EqualTo("a"));
        Assert.That(function.Args.Defaults, Has.Count.EqualTo(1));
        Assert.That(function.Span.Line, Is.EqualTo(2));
        Assert.That(((For)function.Body[0]).IsAsync, Is.True);
        Assert.That(((With)function.Body[1]).Items, Has.Count.EqualTo(2));
        var classDef = (ClassDef)statements[1];
        Assert.That(classDef.Keywords.Single().Arg, Is.EqualTo("metaclass"));
        var ifStatement = (If)statements[2];
        Assert.That(((If)ifStatement.OrElse.Single()).OrElse.Single(), Is.InstanceOf<Pass>());
        Assert.That(((Try)statements[4]).IsStar, Is.True);
        Assert.That(((With)statements[5]).Items, Has.Count.EqualTo(2));
    }

    [Test]
    public void ImportsAndSimpleStatements()
    {
        var statements = Parse("import a.b as c, d\nfrom ..m import (x as y, z,)\nfrom . import *\nglobal g; del a[0], b.c\nassert x, 'm'\nraise E from c\nreturn\n");
        Assert.That(((Import)statements[0]).Names[0], Is.EqualTo(new Alias("a.b", "c") { Span = new SourceSpan(1, 7, 1, 15) }));
        var from = (ImportFrom)statements[1];
        Assert.That((from.Module, from.Level, from.Names.Count), Is.EqualTo(("m", 2, 2)));
        Assert.That(((ImportFrom)statements[2]).Module, Is.Null);
        Assert.That(statements[3], Is.InstanceOf<Global>());
        Assert.That(((Delete)statements[4]).Targets, Has.Count.EqualTo(2));
    }

    [Test]
    public void MatchStatement()
    {
        var source = """
            match command.split():
                case [Point(x=0, y=0) as origin, *rest]:
                    pass
                case {"key": 1 | 2, **others} if others:
                    pass
                case Color.RED | None | -1 | 1+2j | "s":
                    pass
                case (a, b):
                    pass
                case _:
                    pass
            match = 1
            match(x)
            """;
        var statements = Parse(source);
        var match = (Match)statements[0];
        Assert.That(match.Cases, Has.Count.EqualTo(5));
        var sequence = (MatchSequence)match.Cases[0].Pattern;
        var asPattern = (MatchAs)sequence.Patterns[0];
        Assert.That(asPattern.Name, Is.EqualTo("origin"));
        Assert.That(((MatchClass)asPattern.Pattern!).KwdAttrs, Is.EqualTo(new[] { "x", "y" }));
        Assert.That(((MatchStar)sequence.Patterns[1]).Name, Is.EqualTo("rest"));
        Assert.That(((MatchMapping)match.Cases[1].Pattern).Rest, Is.EqualTo("others"));
        Assert.That(match.Cases[1].Guard, Is.Not.Null);
        var alternatives = ((MatchOr)match.Cases[2].Pattern).Patterns;
        Assert.That(alternatives.Select(p => p.GetType().Name), Is.EqualTo(new[] { "MatchValue", "MatchSingleton", "MatchValue", "MatchValue", "MatchValue" }));
        Assert.That(match.Cases[3].Pattern, Is.InstanceOf<MatchSequence>());
        Assert.That(match.Cases[4].Pattern, Is.EqualTo(new MatchAs(null, null) { Span = new SourceSpan(10, 9, 10, 10) }));
        Assert.That(statements[1], Is.InstanceOf<Assign>());
        Assert.That(statements[2], Is.InstanceOf<ExprStmt>());
    }

    [Test]
    public void YieldForms()
    {
        var function = (FunctionDef)Parse("def g():\n    x = yield\n    yield from y\n    yield 1, 2\n")[0];
        Assert.That(((Assign)function.Body[0]).Value, Is.EqualTo(new Yield(null) { Span = new SourceSpan(2, 8, 2, 13) }));
        Assert.That(((ExprStmt)function.Body[1]).Value, Is.InstanceOf<YieldFrom>());
        Assert.That(((Yield)((ExprStmt)function.Body[2]).Value).Value, Is.InstanceOf<TupleExpr>());
    }

    [Test]
    public void SpansAreExact()
    {
        var statement = (ExprStmt)Parse("x = 1\n(a +\n  bc) * d\n")[1];
        var product = (BinOp)statement.Value;
        Assert.That(product.Span, Is.EqualTo(new SourceSpan(2, 0, 3, 9)));
        Assert.That(product.Left.Span, Is.EqualTo(new SourceSpan(2, 1, 3, 4)));
        Assert.That(statement.Span, Is.EqualTo(new SourceSpan(2, 0, 3, 9)));
        var function = (FunctionDef)Parse("def f():\n    return 1\n\n")[0];
        Assert.That(function.Span, Is.EqualTo(new SourceSpan(1, 0, 2, 12)));
        var tuple = (Assign)Parse("t = 1, 2\n")[0];
        Assert.That(tuple.Value.Span, Is.EqualTo(new SourceSpan(1, 4, 1, 8)));
    }

    // Messages and positions as reported by CPython 3.11 (python3 -c "compile(...)").
    [TestCase("f() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1)]
    [TestCase("1 = x", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1)]
    [TestCase("a + b = 1", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1)]
    [TestCase("x = f() = 1", "cannot assign to function call", 1, 5)]
    [TestCase("(a, f()) = 1", "cannot assign to function call", 1, 5)]
    [TestCase("[a, 1] = x", "cannot assign to literal", 1, 5)]
    [TestCase("for f() in x: pass", "cannot assign to function call", 1, 5)]
    [TestCase("del f()", "cannot delete function call", 1, 5)]
    [TestCase("f() += 1", "'function call' is an illegal expression for augmented assignment", 1, 1)]
    [TestCase("a, b += 1", "'tuple' is an illegal expression for augmented assignment", 1, 1)]
    [TestCase("print 'hi'\n", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1)]
    [TestCase("f(a=1, b)\n", "positional argument follows keyword argument", 1, 9)]
    [TestCase("class A(x=1, y):\n pass\n", "positional argument follows keyword argument", 1, 15)]
    [TestCase("def f(a=1, b): pass\n", "non-default argument follows default argument", 1, 12)]
    [TestCase("x = a b\n", "invalid syntax", 1, 7)]
    [TestCase("[a b]\n", "invalid syntax. Perhaps you forgot a comma?", 1, 2)]
    [TestCase("f(a b)\n", "invalid syntax. Perhaps you forgot a comma?", 1, 3)]
    [TestCase("x = (1 2)\n", "invalid syntax. Perhaps you forgot a comma?", 1, 6)]
    [TestCase("foo(a b c : d\n", "invalid syntax. Perhaps you forgot a comma?", 1, 5)]
    [TestCase("foo(a b\nc\n", "'(' was never closed", 1, 4)]
    [TestCase("x = [1, 2", "'[' was never closed", 1, 5)]
    [TestCase("def f(:\n  pass\n", "invalid syntax", 1, 7)]
    [TestCase("x = (1,\ny = 2)\nz = {\n", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 2, 1)]
    [TestCase("if x\n  pass\n", "expected ':'", 1, 5)]
    [TestCase("x = 5 +\n", "invalid syntax", 1, 8)]
    [TestCase("x = \n", "invalid syntax", 1, 5)]
    [TestCase("x = 1 +* 2\n", "invalid syntax", 1, 8)]
    [TestCase("else:\n  pass\n", "invalid syntax", 1, 1)]
    [TestCase("return = 1\n", "invalid syntax", 1, 8)]
    [TestCase("x = 'a' b'b'\n", "cannot mix bytes and nonbytes literals", 1, 13)]
    [TestCase("f(**k, *a)\n", "iterable argument unpacking follows keyword argument unpacking", 1, 8)]
    [TestCase("f(x for x in y, 1)\n", "Generator expression must be parenthesized", 1, 3)]
    [TestCase("x = 1 if y\n", "expected 'else' after 'if' expression", 1, 5)]
    [TestCase("def f(*): pass\n", "named arguments must follow bare *", 1, 7)]
    [TestCase("x = {1: 2, 3}\n", "':' expected after dictionary key", 1, 12)]
    [TestCase("f(x=1, x=2)\n", "keyword argument repeated: x", 1, 8)]
    [TestCase("def f(x, x): pass\n", "duplicate argument 'x' in function definition", 1, 10)]
    [TestCase("x = yield = 3\n", "assignment to yield expression not possible", 1, 5)]
    [TestCase("True = 1\n", "cannot assign to True", 1, 1)]
    [TestCase("try:\n  pass\n", "expected 'except' or 'finally' block", 2, 7)]
    [TestCase("f'{}'\n", "f-string: empty expression not allowed", 1, 1)]
    [TestCase("f'{x!z}'\n", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 1)]
    [TestCase("f'}'\n", "f-string: single '}' is not allowed", 1, 1)]
    [TestCase("f'{a b}'\n", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 4)]
    public void SyntaxErrors(string source, string message, int line, int column)
    {
        var error = Fails(source);
        Assert.That(error.Message, Is.EqualTo(message));
        Assert.That((error.Line, error.Column), Is.EqualTo((line, column)));
    }

    [TestCase("if x:\npass\n", "expected an indented block after 'if' statement on line 1", 2, 1)]
    [TestCase("def f():\nreturn\n", "expected an indented block after function definition on line 1", 2, 1)]
    [TestCase("  x = 1\n", "unexpected indent", 1, 2)]
    [TestCase("x = 1\n  y = 2\n", "unexpected indent", 2, 2)]
    [TestCase("if x:\n  pass\nelif y:\n", "expected an indented block after 'elif' statement on line 3", 3, 8)]
    [TestCase("class A:\n", "expected an indented block after class definition on line 1", 1, 9)]
    public void IndentationErrors(string source, string message, int line, int column)
    {
        var error = Fails(source);
        Assert.That(error.TypeName, Is.EqualTo("IndentationError"));
        Assert.That(error.Message, Is.EqualTo(message));
        Assert.That((error.Line, error.Column), Is.EqualTo((line, column)));
    }

    [TestCase("def f():\n", true)]
    [TestCase("for x in y:\n", true)]
    [TestCase("x = (1,\n", true)]
    [TestCase("foo(a b\nx = 1\n", true)]
    [TestCase("def f(:\n", false)]
    [TestCase("s = '''abc\n", true)]
    [TestCase("x = 1 + \\\n", true)]
    [TestCase("x = 5 +\n", false)]
    [TestCase("x = 'abc\n", false)]
    public void IncompleteInputIsFlaggedForTheRepl(string source, bool incomplete)
    {
        Assert.That(Fails(source).IsIncompleteInput, Is.EqualTo(incomplete));
    }
}
