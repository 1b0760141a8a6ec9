using System.Globalization;
using System.Numerics;
using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;
using Attribute = Viper.Frontend.Ast.Attribute;

namespace Viper.Bytecode.Compiler;

/// <summary>
/// The match statement, compiled as CPython 3.11 compiles it: each case tests its pattern against
/// the subject, jumping to the next case on the first failed test, and binds the captured names
/// only once the whole pattern has matched (before the guard runs). Captures go to temporaries
/// first, one per name, shared by the alternatives of an or-pattern.
/// </summary>
internal sealed partial class CodeGenerator
{
    /// <summary>What compiling one case's pattern tracks; mirrors CPython's pattern_context.</summary>
    private sealed class PatternContext(Dictionary<string, int> captureSlots, int fail, bool allowIrrefutable)
    {
        public Dictionary<string, int> CaptureSlots { get; } = captureSlots;

        /// <summary>The names bound so far, in the order they are stored once the case matches.</summary>
        public List<string> Stores { get; set; } = [];

        public int Fail { get; set; } = fail;

        public bool AllowIrrefutable { get; set; } = allowIrrefutable;

        /// <summary>
        /// The pattern compiled most recently. CPython reports the errors found after a pattern's
        /// sub-patterns (duplicate names, alternatives binding different names) at this one.
        /// </summary>
        public Pattern? Location { get; set; }
    }

    private void CompileMatch(Match statement)
    {
        var subject = CompileExprToTemp(statement.Subject);
        var end = NewLabel();
        var cases = statement.Cases;
        // A trailing 'case _' after other cases needs no test at all.
        var hasDefault = cases.Count > 1 && cases[^1].Pattern is MatchAs { Pattern: null, Name: null };
        for (var i = 0; i < cases.Count - (hasDefault ? 1 : 0); i++)
        {
            var matchCase = cases[i];
            var mark = TempMark;
            var slots = new Dictionary<string, int>();
            foreach (var name in CapturedNames(matchCase.Pattern))
            {
                slots.TryAdd(name, AllocTemp());
            }

            var fail = NewLabel();
            var context = new PatternContext(slots, fail, matchCase.Guard is not null || i == cases.Count - 1);
            CompilePattern(matchCase.Pattern, subject, context);
            using (At(matchCase.Pattern))
            {
                foreach (var name in context.Stores)
                {
                    StoreName(new Name(name) { Span = matchCase.Pattern.Span }, slots[name]);
                }
            }

            ReleaseTo(mark);
            if (matchCase.Guard is { } guard)
            {
                // CPython tests the guard's truth at the last pattern it compiled.
                using var guardSpan = At(context.Location!);
                CompileJumpIf(guard, fail, jumpWhen: false);
            }

            CompileBlock(matchCase.Body);
            Emit(Opcode.Jump, end);
            MarkLabel(fail);
        }

        if (hasDefault)
        {
            var last = cases[^1];
            if (last.Guard is { } guard)
            {
                using var guardSpan = At(last.Pattern);
                CompileJumpIf(guard, end, jumpWhen: false);
            }

            CompileBlock(last.Body);
        }

        MarkLabel(end);
    }

    private static IEnumerable<string> CapturedNames(Pattern pattern) => pattern switch
    {
        MatchAs p => (p.Pattern is null ? [] : CapturedNames(p.Pattern)).Concat(p.Name is null ? [] : [p.Name]),
        MatchStar { Name: { } name } => [name],
        MatchSequence p => p.Patterns.SelectMany(CapturedNames),
        MatchMapping p => p.Patterns.SelectMany(CapturedNames).Concat(p.Rest is null ? [] : [p.Rest]),
        MatchClass p => p.Patterns.Concat(p.KwdPatterns).SelectMany(CapturedNames),
        MatchOr p => p.Patterns.SelectMany(CapturedNames),
        _ => [],
    };

    private static bool IsWildcard(Pattern pattern) => pattern is MatchAs { Pattern: null, Name: null };

    /// <summary>Tests <paramref name="pattern"/> against the value in <paramref name="subject"/>: falls through on a match, jumps to the context's fail label otherwise.</summary>
    private void CompilePattern(Pattern pattern, int subject, PatternContext context)
    {
        context.Location = pattern;
        using var _ = At(pattern);
        var mark = TempMark;
        switch (pattern)
        {
            case MatchValue p:
                CompileValuePattern(p, subject, context);
                break;
            case MatchSingleton p:
                {
                    var value = CompileExpr(p.Value);
                    Emit(Opcode.Compare, value, subject, value, CompareCondition.Encode(CompareOperator.Is, negated: false));
                    Emit(Opcode.JumpIfFalse, value, context.Fail);
                    break;
                }

            case MatchSequence p:
                CompileSequencePattern(p, subject, context);
                break;
            case MatchMapping p:
                CompileMappingPattern(p, subject, context);
                break;
            case MatchClass p:
                CompileClassPattern(p, subject, context);
                break;
            case MatchStar p:
                StorePatternName(p.Name, subject, context);
                break;
            case MatchAs p:
                CompileAsPattern(p, subject, context);
                break;
            case MatchOr p:
                CompileOrPattern(p, subject, context);
                break;
        }

        ReleaseTo(mark);
    }

    /// <summary>A sub-pattern of a sequence, mapping or class pattern may always be irrefutable.</summary>
    private void CompileSubpattern(Pattern pattern, int subject, PatternContext context)
    {
        var allow = context.AllowIrrefutable;
        context.AllowIrrefutable = true;
        CompilePattern(pattern, subject, context);
        context.AllowIrrefutable = allow;
    }

    private void CompileValuePattern(MatchValue pattern, int subject, PatternContext context)
    {
        if (pattern.Value is not Attribute && !IsPatternConstant(pattern.Value, out _))
        {
            throw Error(pattern, "patterns may only match literals and attribute lookups");
        }

        var value = CompileExpr(pattern.Value, AllocTemp());
        Emit(Opcode.Compare, value, subject, value, CompareCondition.Encode(CompareOperator.Eq, negated: false));
        Emit(Opcode.JumpIfFalse, value, context.Fail);
    }

    private void CompileAsPattern(MatchAs pattern, int subject, PatternContext context)
    {
        if (pattern.Pattern is null)
        {
            if (!context.AllowIrrefutable)
            {
                throw pattern.Name is { } name
                    ? Error(pattern, $"name capture {PatternRepr(name)} makes remaining patterns unreachable")
                    : Error(pattern, "wildcard makes remaining patterns unreachable");
            }

            StorePatternName(pattern.Name, subject, context);
            return;
        }

        CompilePattern(pattern.Pattern, subject, context);
        StorePatternName(pattern.Name, subject, context);
    }

    private void StorePatternName(string? name, int subject, PatternContext context)
    {
        if (name is null)
        {
            return;
        }

        if (context.Stores.Contains(name))
        {
            throw Error(context.Location!, $"multiple assignments to name {PatternRepr(name)} in pattern");
        }

        Emit(Opcode.Move, context.CaptureSlots[name], subject);
        context.Stores.Add(name);
    }

    private void CompileOrPattern(MatchOr pattern, int subject, PatternContext context)
    {
        var outerStores = context.Stores;
        var outerFail = context.Fail;
        var outerAllow = context.AllowIrrefutable;
        var matched = NewLabel();
        List<string>? control = null;
        for (var i = 0; i < pattern.Patterns.Count; i++)
        {
            var alternative = pattern.Patterns[i];
            var last = i == pattern.Patterns.Count - 1;
            context.Location = alternative;
            context.Stores = [];
            context.AllowIrrefutable = last && outerAllow;
            var next = last ? outerFail : NewLabel();
            context.Fail = next;
            CompilePattern(alternative, subject, context);
            if (control is null)
            {
                control = context.Stores;
            }
            else if (control.Count != context.Stores.Count || control.Except(context.Stores).Any())
            {
                throw Error(context.Location!, "alternative patterns bind different names");
            }

            if (!last)
            {
                Emit(Opcode.Jump, matched);
                MarkLabel(next);
            }
        }

        MarkLabel(matched);
        context.Fail = outerFail;
        context.AllowIrrefutable = outerAllow;
        context.Stores = outerStores;
        foreach (var name in control!)
        {
            if (outerStores.Contains(name))
            {
                throw Error(context.Location!, $"multiple assignments to name {PatternRepr(name)} in pattern");
            }

            outerStores.Add(name);
        }
    }

    private void CompileSequencePattern(MatchSequence pattern, int subject, PatternContext context)
    {
        var patterns = pattern.Patterns;
        var star = -1;
        var onlyWildcards = true;
        var starWildcard = false;
        for (var i = 0; i < patterns.Count; i++)
        {
            if (patterns[i] is MatchStar starPattern)
            {
                if (star >= 0)
                {
                    throw Error(pattern, "multiple starred names in sequence pattern");
                }

                starWildcard = starPattern.Name is null;
                onlyWildcards &= starWildcard;
                star = i;
            }
            else
            {
                onlyWildcards &= IsWildcard(patterns[i]);
            }
        }

        var test = AllocTemp();
        Emit(Opcode.MatchSequence, test, subject);
        Emit(Opcode.JumpIfFalse, test, context.Fail);
        if (star < 0)
        {
            EmitLengthTest(subject, test, CompareOperator.Eq, patterns.Count, context);
        }
        else if (patterns.Count > 1)
        {
            EmitLengthTest(subject, test, CompareOperator.GtE, patterns.Count - 1, context);
        }

        if (onlyWildcards)
        {
            return;
        }

        if (starWildcard)
        {
            // Items are fetched by index, so a long sequence is not copied for the part '*_' skips.
            for (var i = 0; i < patterns.Count; i++)
            {
                if (i == star || IsWildcard(patterns[i]))
                {
                    continue;
                }

                var item = AllocTemp();
                if (i < star)
                {
                    Emit(Opcode.LoadConst, item, Constant((long)i));
                }
                else
                {
                    var offset = AllocTemp();
                    Emit(Opcode.GetLen, item, subject);
                    Emit(Opcode.LoadConst, offset, Constant((long)(patterns.Count - i)));
                    Emit(Opcode.Sub, item, item, offset);
                    ReleaseTo(offset);
                }

                Emit(Opcode.GetItem, item, subject, item);
                CompileSubpattern(patterns[i], item, context);
                ReleaseTo(item);
            }

            return;
        }

        var first = TempMark;
        foreach (var _ in patterns)
        {
            AllocTemp();
        }

        if (star < 0)
        {
            Emit(Opcode.UnpackSequence, subject, first, patterns.Count);
        }
        else
        {
            Emit(Opcode.UnpackStarred, subject, first, patterns.Count, star);
        }

        for (var i = 0; i < patterns.Count; i++)
        {
            CompileSubpattern(patterns[i], first + i, context);
        }
    }

    /// <summary>Jumps to the fail label unless <c>len(subject) op count</c>; <paramref name="scratch"/> is a free temporary.</summary>
    private void EmitLengthTest(int subject, int scratch, CompareOperator op, int count, PatternContext context)
    {
        var expected = AllocTemp();
        Emit(Opcode.GetLen, scratch, subject);
        Emit(Opcode.LoadConst, expected, Constant((long)count));
        Emit(Opcode.Compare, scratch, scratch, expected, CompareCondition.Encode(op, negated: false));
        Emit(Opcode.JumpIfFalse, scratch, context.Fail);
        ReleaseTo(expected);
    }

    private void CompileMappingPattern(MatchMapping pattern, int subject, PatternContext context)
    {
        var test = AllocTemp();
        Emit(Opcode.MatchMapping, test, subject);
        Emit(Opcode.JumpIfFalse, test, context.Fail);
        var size = pattern.Keys.Count;
        if (size == 0 && pattern.Rest is null)
        {
            return;
        }

        if (size > 0)
        {
            EmitLengthTest(subject, test, CompareOperator.GtE, size, context);
        }

        var seen = new List<object?>();
        foreach (var key in pattern.Keys)
        {
            if (IsPatternConstant(key, out var constant))
            {
                if (seen.Any(other => ConstantsEqual(other, constant)))
                {
                    throw Error(pattern, $"mapping pattern checks duplicate key ({ConstantRepr(constant)})");
                }

                seen.Add(constant);
            }
            else if (key is not Attribute)
            {
                throw Error(pattern, "mapping pattern keys may only match literals and attribute lookups");
            }
        }

        var firstKey = TempMark;
        foreach (var key in pattern.Keys)
        {
            CompileExpr(key, AllocTemp());
        }

        var keys = AllocTemp();
        Emit(Opcode.BuildTuple, keys, firstKey, size);
        var values = AllocTemp();
        Emit(Opcode.MatchKeys, values, subject, keys);
        var none = AllocTemp();
        Emit(Opcode.LoadConst, none, Constant(null));
        Emit(Opcode.Compare, none, values, none, CompareCondition.Encode(CompareOperator.Is, negated: false));
        Emit(Opcode.JumpIfTrue, none, context.Fail);
        ReleaseTo(none);
        if (size > 0)
        {
            var first = TempMark;
            for (var i = 0; i < size; i++)
            {
                AllocTemp();
            }

            Emit(Opcode.UnpackSequence, values, first, size);
            for (var i = 0; i < size; i++)
            {
                CompileSubpattern(pattern.Patterns[i], first + i, context);
            }

            ReleaseTo(first);
        }

        if (pattern.Rest is { } rest)
        {
            Emit(Opcode.CopyDictWithout, values, subject, keys);
            StorePatternName(rest, values, context);
        }
    }

    private void CompileClassPattern(MatchClass pattern, int subject, PatternContext context)
    {
        var names = pattern.KwdAttrs;
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = i + 1; j < names.Count; j++)
            {
                if (names[i] == names[j])
                {
                    throw Error(pattern.KwdPatterns[j], $"attribute name repeated in class pattern: {names[i]}");
                }
            }
        }

        var attributes = AllocTemp();
        var cls = CompileExpr(pattern.Cls);
        Emit(Opcode.MatchClass, attributes, subject, cls, pattern.Patterns.Count, Constant(new ConstantTuple([.. names])));
        var none = AllocTemp();
        Emit(Opcode.LoadConst, none, Constant(null));
        Emit(Opcode.Compare, none, attributes, none, CompareCondition.Encode(CompareOperator.Is, negated: false));
        Emit(Opcode.JumpIfTrue, none, context.Fail);
        ReleaseTo(attributes + 1);
        var subpatterns = pattern.Patterns.Concat(pattern.KwdPatterns).ToList();
        if (subpatterns.Count == 0)
        {
            return;
        }

        var first = TempMark;
        foreach (var _ in subpatterns)
        {
            AllocTemp();
        }

        Emit(Opcode.UnpackSequence, attributes, first, subpatterns.Count);
        for (var i = 0; i < subpatterns.Count; i++)
        {
            if (!IsWildcard(subpatterns[i]))
            {
                CompileSubpattern(subpatterns[i], first + i, context);
            }
        }
    }

    /// <summary>A literal a pattern may compare with: a constant, possibly negated (<c>-1</c>), with its value when it is a real number, str or bytes.</summary>
    private static bool IsPatternConstant(Expr expr, out object? value)
    {
        switch (expr)
        {
            case UnaryOp { Op: UnaryOperator.USub, Operand: var operand } when IsPatternConstant(operand, out var inner):
                value = inner switch
                {
                    long l when l != long.MinValue => -l,
                    long l => -(BigInteger)l,
                    BigInteger big => ConstantPool.Normalize(-big),
                    double d => -d,
                    _ => null,
                };
                return true;
            case BinOp { Op: BinaryOperator.Add or BinaryOperator.Sub } b when IsPatternConstant(b.Left, out _) && IsPatternConstant(b.Right, out _):
                value = null;
                return true;
            case TupleExpr:
                value = null;
                return false;
            case ImaginaryLiteral:
                value = null;
                return true;
            default:
                return TryConstant(expr, out value);
        }
    }

    /// <summary>Equality of two literal keys as Python's <c>==</c> sees it (<c>1 == 1.0 == True</c>).</summary>
    private static bool ConstantsEqual(object? a, object? b)
    {
        static bool IsNumber(object? x) => x is long or BigInteger or double or bool;
        static double AsDouble(object? x) => x switch
        {
            bool flag => flag ? 1 : 0,
            long l => l,
            BigInteger big => (double)big,
            _ => (double)x!,
        };
        static BigInteger AsInteger(object? x) => x switch
        {
            bool flag => flag ? 1 : 0,
            long l => l,
            _ => (BigInteger)x!,
        };

        if (IsNumber(a) && IsNumber(b))
        {
            return a is double || b is double ? AsDouble(a) == AsDouble(b) : AsInteger(a) == AsInteger(b);
        }

        return (a, b) switch
        {
            (null, null) => true,
            (string x, string y) => x == y,
            (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
            _ => false,
        };
    }

    private static string ConstantRepr(object? constant) => constant switch
    {
        string s => PatternRepr(s),
        byte[] bytes => "b" + PatternRepr(string.Concat(bytes.Select(b => (char)b)), asciiOnly: true),
        _ => Disassembly.Disassembler.FormatConstant(constant),
    };

    /// <summary>The repr of a str, as CPython puts names and keys into these messages.</summary>
    private static string PatternRepr(string text, bool asciiOnly = false)
    {
        var quote = text.Contains('\'') && !text.Contains('"') ? '"' : '\'';
        var builder = new System.Text.StringBuilder().Append(quote);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c == quote => "\\" + c,
                _ when c < ' ' || c == '\x7f' || (asciiOnly && c > '\x7f') => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => c.ToString(),
            });
        }

        return builder.Append(quote).ToString();
    }
}
