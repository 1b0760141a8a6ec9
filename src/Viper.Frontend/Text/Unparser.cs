using System.Globalization;
using System.Text;
using Viper.Frontend.Ast;
using Attribute = Viper.Frontend.Ast.Attribute;

namespace Viper.Frontend.Text;

/// <summary>
/// An expression written back as source, the way CPython 3.11's ast_unparse.c writes it: what
/// <c>from __future__ import annotations</c> stores for an annotation. Parentheses appear only where
/// precedence needs them; spacing and literal forms are CPython's.
/// </summary>
public sealed class Unparser
{
    // Binding strength, weakest first, as ast_unparse.c orders it.
    private const int Tuple = 0;
    private const int Test = 1;
    private const int Or = 2;
    private const int And = 3;
    private const int Not = 4;
    private const int Comparison = 5;
    private const int BitOr = 6;
    private const int BitXor = 7;
    private const int BitAnd = 8;
    private const int Shift = 9;
    private const int Arithmetic = 10;
    private const int Term = 11;
    private const int Factor = 12;
    private const int Power = 13;
    private const int AwaitLevel = 14;
    private const int Atom = 15;

    private readonly StringBuilder _text = new();

    private Unparser()
    {
    }

    /// <summary>The source of <paramref name="expression"/> as an annotation: at the precedence of a full test.</summary>
    public static string Annotation(Expr expression)
    {
        var unparser = new Unparser();
        unparser.Write(expression, Test);
        return unparser._text.ToString();
    }

    private void Write(Expr expression, int level)
    {
        switch (expression)
        {
            case BoolOp b:
                WriteBoolOp(b, level);
                break;
            case BinOp b:
                WriteBinOp(b, level);
                break;
            case UnaryOp u:
                WriteUnaryOp(u, level);
                break;
            case Lambda l:
                Parenthesized(level > Test, () =>
                {
                    _text.Append("lambda");
                    var start = _text.Length;
                    _text.Append(' ');
                    WriteParameters(l.Args);
                    if (_text.Length == start + 1)
                    {
                        _text.Length = start;
                    }

                    _text.Append(": ");
                    Write(l.Body, Test);
                });
                break;
            case IfExp i:
                Parenthesized(level > Test, () =>
                {
                    Write(i.Body, Test + 1);
                    _text.Append(" if ");
                    Write(i.Test, Test + 1);
                    _text.Append(" else ");
                    Write(i.OrElse, Test);
                });
                break;
            case DictExpr d:
                WriteDict(d);
                break;
            case SetExpr s:
                if (s.Elements.Count == 0)
                {
                    _text.Append("{*()}");
                }
                else
                {
                    _text.Append('{');
                    WriteList(s.Elements, Test);
                    _text.Append('}');
                }

                break;
            case ListExpr l:
                _text.Append('[');
                WriteList(l.Elements, Test);
                _text.Append(']');
                break;
            case TupleExpr t:
                WriteTuple(t, level);
                break;
            case ListComp c:
                WriteComprehension("[", c.Element, null, c.Generators, "]");
                break;
            case SetComp c:
                WriteComprehension("{", c.Element, null, c.Generators, "}");
                break;
            case DictComp c:
                WriteComprehension("{", c.Key, c.Value, c.Generators, "}");
                break;
            case GeneratorExp g:
                WriteComprehension("(", g.Element, null, g.Generators, ")");
                break;
            case Yield y:
                _text.Append(y.Value is null ? "(yield" : "(yield ");
                if (y.Value is not null)
                {
                    Write(y.Value, Test);
                }

                _text.Append(')');
                break;
            case YieldFrom y:
                _text.Append("(yield from ");
                Write(y.Value, Test);
                _text.Append(')');
                break;
            case Await a:
                Parenthesized(level > AwaitLevel, () =>
                {
                    _text.Append("await ");
                    Write(a.Value, Atom);
                });
                break;
            case Compare c:
                WriteCompare(c, level);
                break;
            case Call c:
                WriteCall(c);
                break;
            case JoinedStr j:
                _text.Append('f').Append(StrRepr.Repr(FStringBody(j)));
                break;
            case FormattedValue f:
                _text.Append('f').Append(StrRepr.Repr(FStringBody(new JoinedStr([f]))));
                break;
            case Attribute a:
                Write(a.Value, Atom);
                // An int literal needs a space before the dot, or the dot would read as its decimal point.
                _text.Append(a.Value is IntLiteral ? " ." : ".").Append(a.Attr);
                break;
            case Subscript s:
                Write(s.Value, Atom);
                _text.Append('[');
                Write(s.Index, Tuple);
                _text.Append(']');
                break;
            case Starred s:
                _text.Append('*');
                Write(s.Value, BitOr);
                break;
            case Name n:
                _text.Append(n.Id);
                break;
            case Slice s:
                WriteSlice(s);
                break;
            case NamedExpr n:
                Parenthesized(level > Tuple, () =>
                {
                    Write(n.Target, Atom);
                    _text.Append(" := ");
                    Write(n.Value, Atom);
                });
                break;
            default:
                WriteLiteral(expression);
                break;
        }
    }

    private void Parenthesized(bool needed, Action write)
    {
        if (needed)
        {
            _text.Append('(');
        }

        write();
        if (needed)
        {
            _text.Append(')');
        }
    }

    private void WriteList(IReadOnlyList<Expr> items, int level)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                _text.Append(", ");
            }

            Write(items[i], level);
        }
    }

    private void WriteBoolOp(BoolOp node, int level)
    {
        var precedence = node.Op == BoolOperator.And ? And : Or;
        var separator = node.Op == BoolOperator.And ? " and " : " or ";
        Parenthesized(level > precedence, () =>
        {
            for (var i = 0; i < node.Values.Count; i++)
            {
                if (i > 0)
                {
                    _text.Append(separator);
                }

                Write(node.Values[i], precedence + 1);
            }
        });
    }

    private void WriteBinOp(BinOp node, int level)
    {
        var (symbol, precedence) = node.Op switch
        {
            BinaryOperator.Add => (" + ", Arithmetic),
            BinaryOperator.Sub => (" - ", Arithmetic),
            BinaryOperator.Mult => (" * ", Term),
            BinaryOperator.MatMult => (" @ ", Term),
            BinaryOperator.Div => (" / ", Term),
            BinaryOperator.Mod => (" % ", Term),
            BinaryOperator.FloorDiv => (" // ", Term),
            BinaryOperator.LShift => (" << ", Shift),
            BinaryOperator.RShift => (" >> ", Shift),
            BinaryOperator.BitOr => (" | ", BitOr),
            BinaryOperator.BitXor => (" ^ ", BitXor),
            BinaryOperator.BitAnd => (" & ", BitAnd),
            _ => (" ** ", Power),
        };

        // ** groups to the right, everything else to the left: the other side gets the tighter level.
        var rightAssociative = node.Op == BinaryOperator.Pow ? 1 : 0;
        Parenthesized(level > precedence, () =>
        {
            Write(node.Left, precedence + rightAssociative);
            _text.Append(symbol);
            Write(node.Right, precedence + 1 - rightAssociative);
        });
    }

    private void WriteUnaryOp(UnaryOp node, int level)
    {
        var (symbol, precedence) = node.Op switch
        {
            UnaryOperator.Not => ("not ", Not),
            UnaryOperator.Invert => ("~", Factor),
            UnaryOperator.UAdd => ("+", Factor),
            _ => ("-", Factor),
        };
        Parenthesized(level > precedence, () =>
        {
            _text.Append(symbol);
            Write(node.Operand, precedence);
        });
    }

    private void WriteCompare(Compare node, int level)
    {
        Parenthesized(level > Comparison, () =>
        {
            Write(node.Left, Comparison + 1);
            for (var i = 0; i < node.Ops.Length; i++)
            {
                _text.Append(node.Ops[i] switch
                {
                    CompareOperator.Eq => " == ",
                    CompareOperator.NotEq => " != ",
                    CompareOperator.Lt => " < ",
                    CompareOperator.LtE => " <= ",
                    CompareOperator.Gt => " > ",
                    CompareOperator.GtE => " >= ",
                    CompareOperator.Is => " is ",
                    CompareOperator.IsNot => " is not ",
                    CompareOperator.In => " in ",
                    _ => " not in ",
                });
                Write(node.Comparators[i], Comparison + 1);
            }
        });
    }

    private void WriteTuple(TupleExpr node, int level)
    {
        if (node.Elements.Count == 0)
        {
            _text.Append("()");
            return;
        }

        Parenthesized(level > Tuple, () =>
        {
            WriteList(node.Elements, Test);
            if (node.Elements.Count == 1)
            {
                _text.Append(',');
            }
        });
    }

    private void WriteDict(DictExpr node)
    {
        _text.Append('{');
        for (var i = 0; i < node.Values.Count; i++)
        {
            if (i > 0)
            {
                _text.Append(", ");
            }

            if (node.Keys[i] is { } key)
            {
                Write(key, Test);
                _text.Append(": ");
                Write(node.Values[i], Test);
            }
            else
            {
                _text.Append("**");
                Write(node.Values[i], BitOr);
            }
        }

        _text.Append('}');
    }

    private void WriteComprehension(string open, Expr element, Expr? value, IReadOnlyList<Comprehension> generators, string close)
    {
        _text.Append(open);
        Write(element, Test);
        if (value is not null)
        {
            _text.Append(": ");
            Write(value, Test);
        }

        foreach (var generator in generators)
        {
            _text.Append(generator.IsAsync ? " async for " : " for ");
            Write(generator.Target, Tuple);
            _text.Append(" in ");
            Write(generator.Iter, Test + 1);
            foreach (var condition in generator.Ifs)
            {
                _text.Append(" if ");
                Write(condition, Test + 1);
            }
        }

        _text.Append(close);
    }

    private void WriteCall(Call node)
    {
        Write(node.Func, Atom);
        // A lone generator expression argument keeps only its own parentheses: f(x for x in y).
        if (node is { Args: [GeneratorExp only], Keywords.Count: 0 })
        {
            Write(only, Test);
            return;
        }

        _text.Append('(');
        var first = true;
        foreach (var argument in node.Args)
        {
            Separate(ref first);
            Write(argument, Test);
        }

        foreach (var keyword in node.Keywords)
        {
            Separate(ref first);
            if (keyword.Arg is null)
            {
                _text.Append("**");
            }
            else
            {
                _text.Append(keyword.Arg).Append('=');
            }

            Write(keyword.Value, Test);
        }

        _text.Append(')');
    }

    private void Separate(ref bool first)
    {
        if (!first)
        {
            _text.Append(", ");
        }

        first = false;
    }

    private void WriteSlice(Slice node)
    {
        if (node.Lower is not null)
        {
            Write(node.Lower, Test);
        }

        _text.Append(':');
        if (node.Upper is not null)
        {
            Write(node.Upper, Test);
        }

        if (node.Step is not null)
        {
            _text.Append(':');
            Write(node.Step, Test);
        }
    }

    private void WriteParameters(Arguments args)
    {
        var first = true;
        var positional = args.PosOnlyArgs.Concat(args.Args).ToList();
        var firstDefault = positional.Count - args.Defaults.Count;
        for (var i = 0; i < positional.Count; i++)
        {
            Separate(ref first);
            _text.Append(positional[i].Name);
            if (i >= firstDefault)
            {
                _text.Append('=');
                Write(args.Defaults[i - firstDefault], Test);
            }

            if (i == args.PosOnlyArgs.Count - 1)
            {
                _text.Append(", /");
            }
        }

        if (args.VarArg is not null || args.KwOnlyArgs.Count > 0)
        {
            Separate(ref first);
            _text.Append('*');
            if (args.VarArg is not null)
            {
                _text.Append(args.VarArg.Name);
            }
        }

        for (var i = 0; i < args.KwOnlyArgs.Count; i++)
        {
            Separate(ref first);
            _text.Append(args.KwOnlyArgs[i].Name);
            if (args.KwDefaults[i] is { } kwDefault)
            {
                _text.Append('=');
                Write(kwDefault, Test);
            }
        }

        if (args.KwArg is not null)
        {
            Separate(ref first);
            _text.Append("**").Append(args.KwArg.Name);
        }
    }

    /// <summary>An f-string's text between its quotes: literal braces doubled, each field written back.</summary>
    private static string FStringBody(JoinedStr node)
    {
        var body = new StringBuilder();
        foreach (var part in node.Parts)
        {
            switch (part)
            {
                case StrLiteral literal:
                    body.Append(literal.Value.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
                    break;
                case FormattedValue field:
                    var inner = new Unparser();
                    inner.Write(field.Value, Test + 1);
                    var text = inner._text.ToString();
                    // A field starting with a brace would read as an escaped brace.
                    body.Append(text.StartsWith('{') ? "{ " : "{").Append(text);
                    if (field.Conversion != '\0')
                    {
                        body.Append('!').Append(field.Conversion);
                    }

                    if (field.FormatSpec is not null)
                    {
                        body.Append(':').Append(FStringBody(field.FormatSpec));
                    }

                    body.Append('}');
                    break;
            }
        }

        return body.ToString();
    }

    private void WriteLiteral(Expr expression)
    {
        switch (expression)
        {
            case IntLiteral i:
                _text.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case FloatLiteral f:
                _text.Append(double.IsInfinity(f.Value) ? "1e309" : FloatFormatter.Repr(f.Value));
                break;
            case ImaginaryLiteral j:
                _text.Append(ImaginaryText(j.Value)).Append('j');
                break;
            case StrLiteral s:
                _text.Append(StrRepr.Repr(s.Value));
                break;
            case BytesLiteral b:
                _text.Append(BytesText(b.Value));
                break;
            case BoolLiteral b:
                _text.Append(b.Value ? "True" : "False");
                break;
            case NoneLiteral:
                _text.Append("None");
                break;
            case EllipsisLiteral:
                _text.Append("...");
                break;
            default:
                throw new ArgumentException($"no source form for {expression.GetType().Name}", nameof(expression));
        }
    }

    /// <summary>The imaginary part as complex's repr writes it: a whole number without its ".0".</summary>
    private static string ImaginaryText(double value)
    {
        if (double.IsInfinity(value))
        {
            return "1e309";
        }

        var text = FloatFormatter.Repr(value);
        return text.EndsWith(".0", StringComparison.Ordinal) ? text[..^2] : text;
    }

    private static string BytesText(byte[] bytes)
    {
        var quote = bytes.Contains((byte)'\'') && !bytes.Contains((byte)'"') ? '"' : '\'';
        var text = new StringBuilder("b").Append(quote);
        foreach (var b in bytes)
        {
            switch (b)
            {
                case (byte)'\\':
                    text.Append(@"\\");
                    break;
                case (byte)'\t':
                    text.Append(@"\t");
                    break;
                case (byte)'\n':
                    text.Append(@"\n");
                    break;
                case (byte)'\r':
                    text.Append(@"\r");
                    break;
                case < 0x20 or >= 0x7f:
                    text.Append(CultureInfo.InvariantCulture, $"\\x{b:x2}");
                    break;
                default:
                    if (b == quote)
                    {
                        text.Append('\\');
                    }

                    text.Append((char)b);
                    break;
            }
        }

        return text.Append(quote).ToString();
    }
}
