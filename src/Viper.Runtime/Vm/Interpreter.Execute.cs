using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

public sealed partial class Interpreter
{
    /// <summary>
    /// The dispatch loop. Slots and instruction words are read through <see cref="Unsafe.Add{T}(ref T, int)"/>
    /// on array base references: the compiler guarantees every operand is inside the frame window
    /// (sized at frame entry) and every offset inside the code, so the bounds checks the JIT would
    /// otherwise emit on each access are pure cost here. The int and float fast paths are inline;
    /// everything else goes to out-of-line slow paths. Python calls switch the locals below to the
    /// callee's frame and continue in this same loop. <typeparamref name="TCopy"/> selects one of
    /// its two compiled copies (<see cref="DispatchLoopCopies"/>) and is otherwise unused.
    /// </summary>
    private Value Execute<TCopy>(int entryFrame)
        where TCopy : struct
    {
        var frame = _frames[_frameCount - 1];
        var code = frame.Code;
        var words = frame.State.Instructions;
        var constants = frame.State.Constants;
        var seen = frame.State.OperandTypesSeen;
        var stack = _stack;
        var bp = frame.Base;
        var pc = frame.Pc;
        Value returnValue;

        // ReadyToRun code reads a static field through a helper call; the inline tags, the two
        // bools every fast path compares with and the watched bindings' version holder are read once, here.
        var intTag = Value.IntTag;
        var floatTag = Value.FloatTag;
        var trueObject = PyBool.True;
        var falseObject = PyBool.False;
        var bindings = WatchedBindings.Current;

        while (true)
        {
            ref var word = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(words), pc);
            ref var slots = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(stack), bp);
            switch ((Opcode)word)
            {
                case Opcode.Nop:
                    pc += 1;
                    break;

                case Opcode.Move:
                    {
                        ref var source = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 2));
                        if (source.Ref is null)
                        {
                            throw UnboundAt(frame, pc, Unsafe.Add(ref word, 2));
                        }

                        Value.Store(ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), source);
                        pc += 3;
                        break;
                    }

                case Opcode.LoadConst:
                    Value.Store(ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), constants[Unsafe.Add(ref word, 2)]);
                    pc += 3;
                    break;

                case Opcode.LoadGlobal:
                    {
                        // A function global (a callee, mostly) comes from the cache itself while no
                        // binding of a watched function has changed: no dict, its keys or its entries
                        // to read. Other hits read the entry the name lived in when the globals' keys
                        // last changed.
                        ref var cache = ref frame.State.Caches[Unsafe.Add(ref word, 3)];
                        var globals = frame.Globals;
                        if (cache.BindingVersion == bindings.Version && ReferenceEquals(cache.Owner, globals))
                        {
                            Value.Store(ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), cache.Value);
                        }
                        else if (ReferenceEquals(cache.Owner, globals) && cache.Version == globals.KeysVersion && cache.Index >= 0)
                        {
                            Value.Store(ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), globals.ValueAt(cache.Index));
                        }
                        else
                        {
                            frame.Pc = pc;
                            Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)) = LoadGlobal(frame, Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3));
                        }

                        pc += 4;
                        break;
                    }

                case Opcode.StoreGlobal:
                    {
                        ref var cache = ref frame.State.Caches[Unsafe.Add(ref word, 3)];
                        var globals = frame.Globals;
                        var value = Unsafe.Add(ref slots, Unsafe.Add(ref word, 1));
                        if (ReferenceEquals(cache.Owner, globals) && cache.Version == globals.KeysVersion && cache.Index >= 0)
                        {
                            WatchedBindings.Store(ref globals.ValueAt(cache.Index), value);
                        }
                        else
                        {
                            frame.Pc = pc;
                            StoreGlobal(frame, Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3), value);
                        }

                        pc += 4;
                        break;
                    }

                case Opcode.DeleteGlobal:
                    frame.Pc = pc;
                    DeleteGlobal(frame, Unsafe.Add(ref word, 1));
                    pc += 2;
                    break;

                case Opcode.DeleteFast:
                    {
                        ref var slot = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1));
                        if (slot.Ref is null)
                        {
                            throw UnboundAt(frame, pc, Unsafe.Add(ref word, 1));
                        }

                        slot = default;
                        pc += 2;
                        break;
                    }

                case Opcode.Add:
                case Opcode.InplaceAdd:
                    {
                        ref var a = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 2));
                        ref var b = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 3));
                        ref var dst = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1));
                        if (ReferenceEquals(a.Ref, intTag) && ReferenceEquals(b.Ref, intTag))
                        {
                            var x = a.Bits;
                            var y = b.Bits;
                            var sum = x + y;
                            if (((x ^ sum) & (y ^ sum)) >= 0)
                            {
                                Value.SetInline(ref dst, intTag, sum);
                                pc += 4;
                                break;
                            }
                        }
                        else if (ReferenceEquals(a.Ref, floatTag) && ReferenceEquals(b.Ref, floatTag))
                        {
                            seen[pc] |= OperandTypes.Float;
                            Value.SetInline(ref dst, floatTag, BitConverter.DoubleToInt64Bits(a.AsFloat + b.AsFloat));
                            pc += 4;
                            break;
                        }
                        else if (ExactType.Is(a.Ref, out PyStr? leftStr) && ExactType.Is(b.Ref, out PyStr? rightStr) && leftStr.IsExact && rightStr.IsExact)
                        {
                            seen[pc] |= OperandTypes.Other;
                            dst = Value.FromObject(PyStr.Concat(leftStr, rightStr));
                            pc += 4;
                            break;
                        }

                        var slowResult = BinarySlow(frame, pc, BinaryOperator.Add, Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3), (Opcode)word == Opcode.InplaceAdd);
                        stack = _stack;
                        stack[bp + Unsafe.Add(ref word, 1)] = slowResult;
                        pc += 4;
                        break;
                    }

                case Opcode.Sub:
                case Opcode.InplaceSub:
                    {
                        ref var a = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 2));
                        ref var b = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 3));
                        ref var dst = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1));
                        if (ReferenceEquals(a.Ref, intTag) && ReferenceEquals(b.Ref, intTag))
                        {
                            var x = a.Bits;
                            var y = b.Bits;
                            var difference = x - y;
                            if (((x ^ y) & (x ^ difference)) >= 0)
                            {
                                Value.SetInline(ref dst, intTag, difference);
                                pc += 4;
                                break;
                            }
                        }
                        else if (ReferenceEquals(a.Ref, floatTag) && ReferenceEquals(b.Ref, floatTag))
                        {
                            seen[pc] |= OperandTypes.Float;
                            Value.SetInline(ref dst, floatTag, BitConverter.DoubleToInt64Bits(a.AsFloat - b.AsFloat));
                            pc += 4;
                            break;
                        }

                        var slowResult = BinarySlow(frame, pc, BinaryOperator.Sub, Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3), (Opcode)word == Opcode.InplaceSub);
                        stack = _stack;
                        stack[bp + Unsafe.Add(ref word, 1)] = slowResult;
                        pc += 4;
                        break;
                    }

                case Opcode.Mul:
                case Opcode.MulConst:
                    {
                        // MUL_CONST (x * 3) reads its right operand from the constants.
                        var isConst = (Opcode)word == Opcode.MulConst;
                        ref var a = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 2));
                        var b = isConst ? constants[Unsafe.Add(ref word, 3)] : Unsafe.Add(ref slots, Unsafe.Add(ref word, 3));
                        ref var dst = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1));
                        if (ReferenceEquals(a.Ref, intTag) && ReferenceEquals(b.Ref, intTag))
                        {
                            var high = Math.BigMul(a.Bits, b.Bits, out var low);
                            if ((high == 0 && low >= 0) || (high == -1 && low < 0))
                            {
                                Value.SetInline(ref dst, intTag, low);
                                pc += 4;
                                break;
                            }
                        }
                        else if (ReferenceEquals(a.Ref, floatTag) && ReferenceEquals(b.Ref, floatTag))
                        {
                            seen[pc] |= OperandTypes.Float;
                            Value.SetInline(ref dst, floatTag, BitConverter.DoubleToInt64Bits(a.AsFloat * b.AsFloat));
                            pc += 4;
                            break;
                        }

                        var slowResult = isConst
                            ? BinaryConstSlow(frame, pc, BinaryOperator.Mult, Unsafe.Add(ref word, 2), b, false)
                            : BinarySlow(frame, pc, BinaryOperator.Mult, Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3), false);
                        stack = _stack;
                        stack[bp + Unsafe.Add(ref word, 1)] = slowResult;
                        pc += 4;
                        break;
                    }

                case Opcode.TrueDiv:
                    {
                        ref var a = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 2));
                        ref var b = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 3));
                        if (ReferenceEquals(a.Ref, floatTag) && ReferenceEquals(b.Ref, floatTag) && b.AsFloat != 0)
                        {
                            seen[pc] |= OperandTypes.Float;
                            Value.SetInline(ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), floatTag, BitConverter.DoubleToInt64Bits(a.AsFloat / b.AsFloat));
                            pc += 4;
                            break;
                        }

                        if (!TryDivisionSlow(frame, pc, BinaryOperator.Div, Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3), entryFrame, out var slowResult))
                        {
                            goto ResumeAtHandler;
                        }

                        stack = _stack;
                        stack[bp + Unsafe.Add(ref word, 1)] = slowResult;
                        pc += 4;
                        break;
                    }

                case Opcode.FloorDiv:
                    {
                        ref var a = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 2));
                        ref var b = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 3));
                        if (ReferenceEquals(a.Ref, intTag) && ReferenceEquals(b.Ref, intTag) && b.Bits > 0)
                        {
                            var quotient = a.Bits / b.Bits;
                            if ((a.Bits % b.Bits) < 0)
                            {
                                quotient--;
                            }

                            Value.SetInline(ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), intTag, quotient);
                            pc += 4;
                            break;
                        }

                        if (!TryDivisionSlow(frame, pc, BinaryOperator.FloorDiv, Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3), entryFrame, out var slowResult))
                        {
                            goto ResumeAtHandler;
                        }

                        stack = _stack;
                        stack[bp + Unsafe.Add(ref word, 1)] = slowResult;
                        pc += 4;
                        break;
                    }

                case Opcode.Mod:
                    {
                        ref var a = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 2));
                        ref var b = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 3));
                        if (ReferenceEquals(a.Ref, intTag) && ReferenceEquals(b.Ref, intTag) && b.Bits > 0)
                        {
                            var remainder = a.Bits % b.Bits;
                            Value.SetInline(ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), intTag, remainder < 0 ? remainder + b.Bits : remainder);
                            pc += 4;
                            break;
                        }

                        if (!TryDivisionSlow(frame, pc, BinaryOperator.Mod, Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3), entryFrame, out var slowResult))
                        {
                            goto ResumeAtHandler;
                        }

                        stack = _stack;
                        stack[bp + Unsafe.Add(ref word, 1)] = slowResult;
                        pc += 4;
                        break;
                    }

                case Opcode.BinaryOp:
                case Opcode.InplaceOp:
                    {
                        // The bitwise operators on two small ints cannot overflow: inline.
                        ref var a = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 2));
                        ref var b = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 3));
                        if (ReferenceEquals(a.Ref, intTag) && ReferenceEquals(b.Ref, intTag))
                        {
                            long? bitwise = (BinaryOperator)Unsafe.Add(ref word, 4) switch
                            {
                                BinaryOperator.BitXor => a.Bits ^ b.Bits,
                                BinaryOperator.BitAnd => a.Bits & b.Bits,
                                BinaryOperator.BitOr => a.Bits | b.Bits,
                                _ => null,
                            };
                            if (bitwise is { } result)
                            {
                                Value.SetInline(ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), intTag, result);
                                pc += 5;
                                break;
                            }
                        }

                        var slowResult = BinarySlow(frame, pc, (BinaryOperator)Unsafe.Add(ref word, 4),
                            Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3), (Opcode)word == Opcode.InplaceOp);
                        stack = _stack;
                        stack[bp + Unsafe.Add(ref word, 1)] = slowResult;
                        pc += 5;
                        break;
                    }

                case Opcode.AddConst:
                case Opcode.InplaceAddConst:
                    {
                        ref var a = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 2));
                        var b = constants[Unsafe.Add(ref word, 3)];
                        ref var dst = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1));
                        if (ReferenceEquals(a.Ref, intTag) && ReferenceEquals(b.Ref, intTag))
                        {
                            var x = a.Bits;
                            var sum = x + b.Bits;
                            if (((x ^ sum) & (b.Bits ^ sum)) >= 0)
                            {
                                Value.SetInline(ref dst, intTag, sum);
                                pc += 4;
                                break;
                            }
                        }
                        else if (ReferenceEquals(a.Ref, floatTag) && ReferenceEquals(b.Ref, floatTag))
                        {
                            seen[pc] |= OperandTypes.Float;
                            Value.SetInline(ref dst, floatTag, BitConverter.DoubleToInt64Bits(a.AsFloat + b.AsFloat));
                            pc += 4;
                            break;
                        }
                        else if (ExactType.Is(a.Ref, out PyStr? leftStr) && ExactType.Is(b.Ref, out PyStr? rightStr) && leftStr.IsExact && rightStr.IsExact)
                        {
                            seen[pc] |= OperandTypes.Other;
                            dst = Value.FromObject(PyStr.Concat(leftStr, rightStr));
                            pc += 4;
                            break;
                        }

                        var slowResult = BinaryConstSlow(frame, pc, BinaryOperator.Add, Unsafe.Add(ref word, 2), b, (Opcode)word == Opcode.InplaceAddConst);
                        stack = _stack;
                        stack[bp + Unsafe.Add(ref word, 1)] = slowResult;
                        pc += 4;
                        break;
                    }

                case Opcode.SubConst:
                case Opcode.InplaceSubConst:
                    {
                        ref var a = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 2));
                        var b = constants[Unsafe.Add(ref word, 3)];
                        ref var dst = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1));
                        if (ReferenceEquals(a.Ref, intTag) && ReferenceEquals(b.Ref, intTag))
                        {
                            var x = a.Bits;
                            var difference = x - b.Bits;
                            if (((x ^ b.Bits) & (x ^ difference)) >= 0)
                            {
                                Value.SetInline(ref dst, intTag, difference);
                                pc += 4;
                                break;
                            }
                        }
                        else if (ReferenceEquals(a.Ref, floatTag) && ReferenceEquals(b.Ref, floatTag))
                        {
                            seen[pc] |= OperandTypes.Float;
                            Value.SetInline(ref dst, floatTag, BitConverter.DoubleToInt64Bits(a.AsFloat - b.AsFloat));
                            pc += 4;
                            break;
                        }

                        var slowResult = BinaryConstSlow(frame, pc, BinaryOperator.Sub, Unsafe.Add(ref word, 2), b, (Opcode)word == Opcode.InplaceSubConst);
                        stack = _stack;
                        stack[bp + Unsafe.Add(ref word, 1)] = slowResult;
                        pc += 4;
                        break;
                    }

                case Opcode.InplaceAddConstGlobal:
                    frame.Pc = pc;
                    InplaceAddConstGlobal(frame, Unsafe.Add(ref word, 1), constants[Unsafe.Add(ref word, 2)], Unsafe.Add(ref word, 3));
                    pc += 4;
                    break;

                case Opcode.Neg:
                case Opcode.Pos:
                case Opcode.Invert:
                case Opcode.Not:
                    {
                        frame.Pc = pc;
                        var slowResult = Unary(frame, (Opcode)word, Unsafe.Add(ref word, 2));
                        stack = _stack;
                        stack[bp + Unsafe.Add(ref word, 1)] = slowResult;
                        pc += 3;
                        break;
                    }

                case Opcode.Compare:
                    {
                        ref var a = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 2));
                        ref var b = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 3));
                        var condition = Unsafe.Add(ref word, 4);
                        if (ReferenceEquals(a.Ref, intTag) && ReferenceEquals(b.Ref, intTag) && condition < Ordered)
                        {
                            Unsafe.Add(ref stack[bp], Unsafe.Add(ref word, 1)) = Value.FromObject(IntCondition(a.Bits, b.Bits, condition) ? trueObject : falseObject);
                        }
                        else
                        {
                            var result = CompareValueSlow(frame, pc, a, b, Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3), condition);
                            stack = _stack;
                            Unsafe.Add(ref stack[bp], Unsafe.Add(ref word, 1)) = result;
                        }

                        pc += 5;
                        break;
                    }

                case Opcode.Jump:
                    {
                        var target = Unsafe.Add(ref word, 1);
                        if (target <= pc && ++code.BackEdgeCount >= _backEdgeThreshold && TryEnterCompiledLoop(frame, pc, target, out returnValue))
                        {
                            goto ReturnToCaller;
                        }

                        pc = target;
                        break;
                    }

                case Opcode.JumpIfTrue:
                case Opcode.JumpIfFalse:
                    {
                        ref var test = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1));
                        var truth = ReferenceEquals(test.Ref, trueObject) || (!ReferenceEquals(test.Ref, falseObject) && TruthSlow(frame, pc, test, Unsafe.Add(ref word, 1)));
                        if (truth == ((Opcode)word == Opcode.JumpIfTrue))
                        {
                            var target = Unsafe.Add(ref word, 2);
                            if (target <= pc && ++code.BackEdgeCount >= _backEdgeThreshold && TryEnterCompiledLoop(frame, pc, target, out returnValue))
                            {
                                goto ReturnToCaller;
                            }

                            pc = target;
                        }
                        else
                        {
                            pc += 3;
                        }

                        break;
                    }

                case Opcode.CompareJump:
                case Opcode.CompareConstJump:
                    {
                        ref var a = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1));
                        var b = (Opcode)word == Opcode.CompareJump ? Unsafe.Add(ref slots, Unsafe.Add(ref word, 2)) : constants[Unsafe.Add(ref word, 2)];
                        var condition = Unsafe.Add(ref word, 3);
                        bool taken;
                        if (ReferenceEquals(a.Ref, intTag) && ReferenceEquals(b.Ref, intTag) && condition < Ordered)
                        {
                            taken = IntCondition(a.Bits, b.Bits, condition);
                        }
                        else if (ReferenceEquals(a.Ref, floatTag) && ReferenceEquals(b.Ref, floatTag) && condition < Ordered)
                        {
                            seen[pc] |= OperandTypes.Float;
                            taken = FloatCondition(a.AsFloat, b.AsFloat, condition);
                        }
                        else if ((condition & ~IdentityBits) == IdentityConditions && a.Ref is not null && b.Ref is not null)
                        {
                            // 'is' / 'is not' (either maybe negated): 'x is None' guards are everywhere in object code.
                            taken = a.Is(b) != ((((condition >> 1) ^ condition) & 1) != 0);
                        }
                        else
                        {
                            taken = CompareSlow(frame, pc, a, b, Unsafe.Add(ref word, 1), (Opcode)word == Opcode.CompareJump ? Unsafe.Add(ref word, 2) : -1, condition);
                            stack = _stack;
                        }

                        if (taken)
                        {
                            var target = Unsafe.Add(ref word, 4);
                            if (target <= pc && ++code.BackEdgeCount >= _backEdgeThreshold && TryEnterCompiledLoop(frame, pc, target, out returnValue))
                            {
                                goto ReturnToCaller;
                            }

                            pc = target;
                        }
                        else
                        {
                            pc += 5;
                        }

                        break;
                    }

                case Opcode.GetIter:
                    {
                        frame.Pc = pc;
                        var slowResult = Value.FromObject(GetIterator(frame, Unsafe.Add(ref word, 2)));
                        stack = _stack;
                        stack[bp + Unsafe.Add(ref word, 1)] = slowResult;
                        pc += 3;
                        break;
                    }

                case Opcode.ForIter:
                case Opcode.ForIterBack:
                    {
                        // FOR_ITER goes on with the next instruction when there is an item;
                        // FOR_ITER_BACK (the loop's bottom) jumps back to the body instead.
                        var back = (Opcode)word == Opcode.ForIterBack;
                        var iterator = Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)).Ref;
                        ref var target = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 2));
                        bool hasItem;
                        if (ExactType.Is(iterator, out PyRangeIterator? range))
                        {
                            hasItem = range.Remaining > 0;
                            if (hasItem)
                            {
                                Value.SetInline(ref target, intTag, range.Next);
                                range.Next += range.Step;
                                range.Remaining--;
                            }
                        }
                        else if (ExactType.Is(iterator, out PyListIterator? list))
                        {
                            hasItem = list.Index < list.List.Count;
                            if (hasItem)
                            {
                                Value.Store(ref target, list.List[list.Index++]);
                            }
                            else
                            {
                                list.Index = int.MaxValue;
                            }
                        }
                        else if (ExactType.Is(iterator, out PyGenerator? generator) && generator.State is GeneratorState.Suspended or GeneratorState.Created && !RunsCompiled(generator))
                        {
                            // The generator's frame runs in this loop, returning its item to the target.
                            frame.Pc = pc;
                            frame = ResumeGeneratorInline(generator, bp + code.FrameSize, bp + Unsafe.Add(ref word, 2),
                                back ? Unsafe.Add(ref word, 3) : pc + 4, back ? pc + 4 : Unsafe.Add(ref word, 3));
                            pc = frame.Pc;
                            goto LoadFrame;
                        }
                        else
                        {
                            frame.Pc = pc;
                            if (UnpackedLoopBody(code, pc, back) is var body and >= 0
                                && PairIteration.TryNextPair(iterator, out var first, out var second) is var step and not PairStep.NotPairs)
                            {
                                // for i, x in enumerate(xs): the pair goes straight to the unpacking's targets
                                // and the unpacking is stepped over, so the tuple only it would see is not made.
                                if (step == PairStep.Exhausted)
                                {
                                    pc = back ? pc + 4 : Unsafe.Add(ref word, 3);
                                    break;
                                }

                                if (back)
                                {
                                    code.BackEdgeCount++;
                                }

                                stack = _stack;
                                ref var targets = ref Unsafe.Add(ref stack[bp], words[body + 2]);
                                Value.Store(ref targets, first);
                                Value.Store(ref Unsafe.Add(ref targets, 1), second);
                                pc = body + 4;
                                break;
                            }

                            hasItem = ((PyIterator)iterator!).TryNext(out var item);
                            if (hasItem)
                            {
                                stack = _stack;
                                Unsafe.Add(ref stack[bp], Unsafe.Add(ref word, 2)) = item;
                            }
                        }

                        if (hasItem == back)
                        {
                            if (back && ++code.BackEdgeCount >= _backEdgeThreshold && TryEnterCompiledLoop(frame, pc, Unsafe.Add(ref word, 3), out returnValue))
                            {
                                goto ReturnToCaller;
                            }

                            pc = Unsafe.Add(ref word, 3);
                        }
                        else
                        {
                            pc += 4;
                        }

                        break;
                    }

                case Opcode.Call:
                    {
                        // A Python function called with exactly its positional parameters, checked
                        // before the general case below: no keyword names, bound method, class
                        // instantiation or instruction length to work out on the way into the callee.
                        var callBase = Unsafe.Add(ref word, 2);
                        if (ExactType.Is(Unsafe.Add(ref slots, callBase).Ref, out PyFunction? function)
                            && function.Code is var calleeCode
                            && Unsafe.Add(ref word, 3) - 1 == calleeCode.ExactArgCount
                            && (calleeCode.Flags & CodeFlags.Generator) == 0)
                        {
                            frame.Pc = pc;
                            var argCount = calleeCode.ExactArgCount;
                            var calleeBase = bp + callBase + 1;
                            CountCall(calleeCode, function.Globals);
                            if (function.State.BaseCase is { } baseCase)
                            {
                                // The callee would return at once: its result without its frame. The
                                // slots are read as two fields, as RETURN reads them: the argument was
                                // just written that way.
                                ref var compared = ref Unsafe.Add(ref slots, callBase + 1 + baseCase.Parameter);
                                if (ReferenceEquals(compared.Ref, intTag) && !baseCase.Jumps(compared.Bits) && _frameCount + _compiledDepth < _depthLimit)
                                {
                                    object? resultRef;
                                    long resultBits;
                                    if (baseCase.ReturnedParameter >= 0)
                                    {
                                        ref var returned = ref Unsafe.Add(ref slots, callBase + 1 + baseCase.ReturnedParameter);
                                        resultRef = returned.Ref;
                                        resultBits = returned.Bits;
                                    }
                                    else
                                    {
                                        resultRef = baseCase.ReturnedConstant.Ref;
                                        resultBits = baseCase.ReturnedConstant.Bits;
                                    }

                                    ref var destination = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1));
                                    if (!ReferenceEquals(destination.Ref, resultRef))
                                    {
                                        destination.Ref = resultRef;
                                    }

                                    destination.Bits = resultBits;
                                    pc += 4;
                                    break;
                                }
                            }

                            if (calleeCode.CompiledEntry is not null && CompiledFor(calleeCode, function.Globals) is { } compiled)
                            {
                                var compiledResult = CallCompiled(compiled, function, calleeBase, argCount, keywordNames: null);
                                if (IsPendingRaise(compiledResult))
                                {
                                    DeliverPendingRaise(frame, pc, entryFrame);
                                    goto ResumeAtHandler;
                                }

                                stack = _stack;
                                stack[bp + Unsafe.Add(ref word, 1)] = compiledResult;
                                pc += 4;
                                break;
                            }

                            if (PushExactCall(function, calleeBase, bp + Unsafe.Add(ref word, 1), pc + 4) is { } pushed)
                            {
                                frame = pushed;
                                code = calleeCode;
                                words = pushed.State.Instructions;
                                constants = pushed.State.Constants;
                                seen = pushed.State.OperandTypesSeen;
                                bp = calleeBase;
                                pc = 0;
                                break;
                            }

                            frame = EnterFunction(function, calleeBase, argCount, keywordNames: null, bp + Unsafe.Add(ref word, 1));
                            frame.ResumePc = pc + 4;
                            code = calleeCode;
                            words = frame.State.Instructions;
                            constants = frame.State.Constants;
                            seen = frame.State.OperandTypesSeen;
                            stack = _stack;
                            bp = calleeBase;
                            pc = 0;
                            break;
                        }

                        // A builtin with a body for exactly one or two positional arguments
                        // (isinstance(v, int), len(s), min(a, b), ...): called with the values, without
                        // the general path's tests for bound methods, classes and generators or its
                        // argument span. A generator handed to a consuming builtin takes the general path.
                        if (ExactType.Is(Unsafe.Add(ref slots, callBase).Ref, out PyBuiltinFunction? builtin)
                            && Unsafe.Add(ref word, 3) is var withCallee and (2 or 3)
                            && (withCallee == 2 ? builtin.OneArgument is not null : builtin.TwoArguments is not null)
                            && (builtin.ItemConsumer is null || !HasGeneratorArgument(ref Unsafe.Add(ref slots, callBase + 1), withCallee - 1)))
                        {
                            frame.Pc = pc;
                            ref var first = ref Unsafe.Add(ref slots, callBase + 1);
                            var length = builtin.Intrinsic == BuiltinIntrinsic.Len ? ContainerLength.OfBuiltin(first.Ref) : -1;
                            if (length >= 0)
                            {
                                Value.SetInline(ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), intTag, length);
                                pc += 4;
                                break;
                            }

                            var builtinResult = withCallee == 2
                                ? builtin.OneArgument!(this, first)
                                : builtin.TwoArguments!(this, first, Unsafe.Add(ref first, 1));
                            if (IsPendingRaise(builtinResult))
                            {
                                DeliverPendingRaise(frame, pc, entryFrame);
                                goto ResumeAtHandler;
                            }

                            stack = _stack;
                            stack[bp + Unsafe.Add(ref word, 1)] = builtinResult;
                            pc += 4;
                            break;
                        }

                        goto case Opcode.CallMethod;
                    }

                case Opcode.CallKw:
                case Opcode.CallMethod:
                    {
                        frame.Pc = pc;
                        var opcode = (Opcode)word;
                        var callBase = Unsafe.Add(ref word, 2);
                        var argBase = callBase + 1;
                        var argCount = Unsafe.Add(ref word, 3) - 1;
                        var callee = Unsafe.Add(ref slots, callBase);
                        string[]? keywordNames = null;
                        if (opcode == Opcode.CallMethod)
                        {
                            // The lookup reports errors at the attribute, which the line table maps to pc + 1.
                            var includesReceiver = true;
                            if (!TryGetCachedMethod(ref frame.State.Caches[Unsafe.Add(ref word, 5)], callee, out var cachedMethod))
                            {
                                frame.Pc = pc + 1;
                                cachedMethod = LookupMethod(frame, callee, Unsafe.Add(ref word, 4), Unsafe.Add(ref word, 5), out includesReceiver);
                                frame.Pc = pc;
                            }

                            callee = cachedMethod;
                            if (includesReceiver)
                            {
                                if (ExactType.Is(callee.Ref, out PyBuiltinFunction? method))
                                {
                                    ref var receiver = ref Unsafe.Add(ref slots, callBase);
                                    if (method.Intrinsic == BuiltinIntrinsic.ListAppend && argCount == 1 && ExactType.Is(receiver.Ref, out PyList? appendTarget))
                                    {
                                        appendTarget.Append(Unsafe.Add(ref receiver, 1));
                                        Value.Store(ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), Value.None);
                                        pc += 6;
                                        break;
                                    }

                                    // A builtin type's method with a body for the receiver alone or with one
                                    // argument (s.add(x), d.get(k)): called with the values, without the argument
                                    // span, the receiver check's closure and the arity check of the general body.
                                    // A generator handed to a consuming method takes the general path, which runs it here.
                                    if ((argCount == 0 ? method.OneArgument is not null : argCount == 1 && method.TwoArguments is not null)
                                        && (method.ItemConsumer is null || argCount == 0 || !HasGeneratorArgument(ref Unsafe.Add(ref receiver, 1), 1)))
                                    {
                                        var methodResult = argCount == 0 ? method.OneArgument!(this, receiver) : method.TwoArguments!(this, receiver, Unsafe.Add(ref receiver, 1));
                                        if (IsPendingRaise(methodResult))
                                        {
                                            DeliverPendingRaise(frame, pc, entryFrame);
                                            goto ResumeAtHandler;
                                        }

                                        stack = _stack;
                                        stack[bp + Unsafe.Add(ref word, 1)] = methodResult;
                                        pc += 6;
                                        break;
                                    }
                                }

                                argBase = callBase;
                                argCount++;
                            }
                        }
                        else if (opcode == Opcode.CallKw)
                        {
                            keywordNames = frame.State.KeywordNames[Unsafe.Add(ref word, 4)];
                        }

                        var resumePc = pc + InstructionSet.LengthOf(opcode);
                        PyInstance? initInstance = null;
                        if (!ExactType.Is<PyFunction>(callee.Ref))
                        {
                            if (ExactType.Is(callee.Ref, out PyBoundMethod? bound) && ExactType.Is<PyFunction>(bound.Function.Ref))
                            {
                                // A bound method's receiver takes the callee's slot (a temporary), so it becomes argument 0.
                                Unsafe.Add(ref slots, callBase) = bound.Self;
                                callee = bound.Function;
                                argBase = callBase;
                                argCount++;
                            }
                            else if (ExactType.Is(callee.Ref, out PyType? cls) && !cls.IsBuiltin && Instantiation.InlineInit(cls) is { } init && !IsGeneratorCode(init.Code))
                            {
                                // Calling a class whose __init__ is a Python function: the new instance takes
                                // the callee's slot as self, and __init__ runs as an ordinary call whose frame
                                // returns the instance (see Return).
                                initInstance = new PyInstance(cls);
                                Unsafe.Add(ref slots, callBase) = Value.FromObject(initInstance);
                                callee = Value.FromObject(init);
                                argBase = callBase;
                                argCount++;
                                resumePc = ~resumePc;
                            }
                        }

                        if (ExactType.Is(callee.Ref, out PyFunction? function))
                        {
                            var calleeCode = function.Code;
                            var calleeBase = bp + argBase;
                            if (IsGeneratorCode(calleeCode))
                            {
                                var generator = MakeGenerator(function, calleeBase, argCount, keywordNames);
                                stack = _stack;
                                stack[bp + Unsafe.Add(ref word, 1)] = generator;
                                pc += InstructionSet.LengthOf(opcode);
                                break;
                            }

                            CountCall(calleeCode, function.Globals);
                            if (calleeCode.CompiledEntry is not null && CompiledFor(calleeCode, function.Globals) is { } compiled)
                            {
                                var compiledResult = CallCompiled(compiled, function, calleeBase, argCount, keywordNames);
                                if (IsPendingRaise(compiledResult))
                                {
                                    DeliverPendingRaise(frame, pc, entryFrame);
                                    goto ResumeAtHandler;
                                }

                                if (initInstance is not null)
                                {
                                    compiledResult = InitResult(initInstance, compiledResult);
                                }

                                stack = _stack;
                                stack[bp + Unsafe.Add(ref word, 1)] = compiledResult;
                                pc += InstructionSet.LengthOf(opcode);
                                break;
                            }

                            if (keywordNames is null && function.TakesPositionally(argCount)
                                && PushExactCall(function, calleeBase, bp + Unsafe.Add(ref word, 1), resumePc) is { } pushed)
                            {
                                if (argCount < calleeCode.ExactArgCount)
                                {
                                    // f(x) of def f(x, y=None): the defaults take the parameters not given.
                                    StoreDefaults(function, _stack.AsSpan(calleeBase, calleeCode.ExactArgCount), argCount);
                                }

                                frame = pushed;
                            }
                            else
                            {
                                frame = EnterFunction(function, calleeBase, argCount, keywordNames, bp + Unsafe.Add(ref word, 1));
                                frame.ResumePc = resumePc;
                            }

                            if (initInstance is not null)
                            {
                                frame.InitInstance = initInstance;
                            }

                            pc = 0;
                            goto LoadFrame;
                        }

                        // len() of the common containers, inline (CPython specializes it too); the
                        // rest, and every error, goes through the builtin.
                        if (ExactType.Is(callee.Ref, out PyBuiltinFunction? builtin) && builtin.Intrinsic == BuiltinIntrinsic.Len && argCount == 1 && keywordNames is null)
                        {
                            var length = ContainerLength.OfBuiltin(Unsafe.Add(ref slots, argBase).Ref);
                            if (length >= 0)
                            {
                                Value.SetInline(ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), intTag, length);
                                pc += InstructionSet.LengthOf(opcode);
                                break;
                            }
                        }

                        // sum(x for x in xs), list(gen), "".join(gen)...: the generator runs in this loop and
                        // each item goes to the builtin's consumer; anything else is an ordinary call.
                        if (argCount > 0 && (ExactType.Is<PyGenerator>(Unsafe.Add(ref slots, argBase).Ref) || (argCount > 1 && ExactType.Is<PyGenerator>(Unsafe.Add(ref slots, argBase + 1).Ref)))
                            && ConsumerFactoryOf(callee) is { } factory)
                        {
                            var consumer = factory(this, new CallArgs(new ReadOnlySpan<Value>(stack, bp + argBase, argCount), keywordNames), out var iterable);
                            if (ExactType.Is(iterable.Ref, out PyGenerator? consumed) && consumed.State is GeneratorState.Created or GeneratorState.Suspended && RunsCompiled(consumed))
                            {
                                // A compiled generator has no frame to run here: it runs with the consumer instead.
                                var drained = consumer.Drain(consumed);
                                stack = _stack;
                                stack[bp + Unsafe.Add(ref word, 1)] = drained;
                                pc += InstructionSet.LengthOf(opcode);
                                break;
                            }

                            if (ExactType.Is(iterable.Ref, out PyGenerator? inlined) && inlined.State is GeneratorState.Created or GeneratorState.Suspended)
                            {
                                frame = ConsumeGeneratorInline(inlined, consumer, bp + code.FrameSize, bp + Unsafe.Add(ref word, 1), resumePc);
                                pc = frame.Pc;
                                goto LoadFrame;
                            }

                            stack = _stack;
                        }

                        var result = CallNative(callee, new CallArgs(new ReadOnlySpan<Value>(stack, bp + argBase, argCount), keywordNames));
                        stack = _stack;
                        stack[bp + Unsafe.Add(ref word, 1)] = result;
                        pc += InstructionSet.LengthOf(opcode);
                        break;
                    }

                case Opcode.Return:
                case Opcode.ReturnConst:
                    if ((Opcode)word == Opcode.Return)
                    {
                        ref var returned = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1));
                        var returnedRef = returned.Ref;
                        if (returnedRef is null)
                        {
                            throw UnboundAt(frame, pc, Unsafe.Add(ref word, 1));
                        }

                        // The slot was just written as two 8-byte fields (an int result, a call's
                        // value): read it the same way. Copied as one 16-byte value, the load waits
                        // for both stores to retire instead of taking them from the store buffer.
                        var returnedBits = returned.Bits;
                        if (frame.Generator is null && frame.ResumePc >= 0 && _frameCount - 1 != entryFrame)
                        {
                            // The common return: straight into the caller's slot.
                            _frameCount--;
                            ref var callerResult = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_stack), frame.ReturnSlot);
                            if (!ReferenceEquals(callerResult.Ref, returnedRef))
                            {
                                callerResult.Ref = returnedRef;
                            }

                            callerResult.Bits = returnedBits;
                            pc = frame.ResumePc;
                            frame = _frames[_frameCount - 1];
                            goto LoadFrame;
                        }

                        returnValue = default;
                        returnValue.Ref = returnedRef;
                        returnValue.Bits = returnedBits;
                    }
                    else
                    {
                        returnValue = constants[Unsafe.Add(ref word, 1)];
                    }

                    _frameCount--;
                    if (frame.Generator is null)
                    {
                        // Only a generator's frame has a consumer or a delegating caller to hand the value to.
                        goto ReturnToCaller;
                    }

                    if (frame.Consumer is { } finishedConsumer)
                    {
                        // A generator a consuming builtin resumed here has finished: the builtin's result is the call's.
                        GeneratorReturned(frame);
                        frame = FinishConsumer(finishedConsumer, frame.ReturnSlot, frame.ResumePc);
                        pc = frame.Pc;
                        goto LoadFrame;
                    }

                    var delegatedReturn = frame.Delegated;
                    if (GeneratorReturned(frame) is var exhaustedPc and >= 0)
                    {
                        // A generator the loop resumed here has finished: the loop exits, its target untouched;
                        // one a yield from resumed gives its return value to the yield from.
                        if (delegatedReturn)
                        {
                            _stack[frame.ReturnSlot] = returnValue;
                        }

                        frame = _frames[_frameCount - 1];
                        pc = exhaustedPc;
                        goto LoadFrame;
                    }

                    goto ReturnToCaller;

                case Opcode.YieldValue:
                case Opcode.YieldFrom:
                    {
                        // Both suspend the frame when they produce an item (SuspendGenerator forgets its consumer).
                        var yieldingGenerator = frame.Generator!;
                        var itemConsumer = frame.Consumer;
                        var delegated = frame.Delegated;
                        if ((Opcode)word == Opcode.YieldValue)
                        {
                            returnValue = Unsafe.Add(ref slots, Unsafe.Add(ref word, 2));
                            if (returnValue.Ref is null)
                            {
                                // `yield x` of a deleted local reads the slot itself, with no load to check it.
                                throw UnboundAt(frame, pc, Unsafe.Add(ref word, 2));
                            }

                            if (itemConsumer is not null && itemConsumer.TryAcceptQuietly(returnValue, out var more))
                            {
                                if (more && !RunsCompiled(yieldingGenerator))
                                {
                                    // The consumer took the item without leaving this frame: the yield evaluates to None.
                                    Value.Store(ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), Value.None);
                                    pc += 3;
                                    break;
                                }

                                SuspendGenerator(frame, pc, default);
                                _frameCount--;
                                frame = more
                                    ? DrainCompiledForConsumer(yieldingGenerator, itemConsumer, frame.ReturnSlot, frame.ResumePc)
                                    : FinishConsumer(itemConsumer, frame.ReturnSlot, frame.ResumePc);
                                pc = frame.Pc;
                                goto LoadFrame;
                            }

                            SuspendGenerator(frame, pc, default);
                        }
                        else
                        {
                            frame.Pc = pc;
                            if (ExactType.Is(Unsafe.Add(ref slots, Unsafe.Add(ref word, 2)).Ref, out PyGenerator? delegateGenerator) && delegateGenerator.State is GeneratorState.Created or GeneratorState.Suspended
                                && Unsafe.Add(ref slots, Unsafe.Add(ref word, 3)).IsNone && !RunsCompiled(delegateGenerator))
                            {
                                // Delegating to a generator: its frame runs in this loop on top of this one (see SuspendDelegators).
                                frame = ResumeGeneratorInline(delegateGenerator, bp + code.FrameSize, bp + Unsafe.Add(ref word, 1), pc + 4, pc + 4);
                                frame.Delegated = true;
                                pc = frame.Pc;
                                goto LoadFrame;
                            }

                            if (!YieldFromStep(frame, pc, out returnValue))
                            {
                                stack = _stack;
                                pc += 4;
                                break;
                            }
                        }

                        _frameCount--;
                        if (delegated)
                        {
                            frame = SuspendDelegators(yieldingGenerator, out yieldingGenerator, out itemConsumer);
                        }

                        if (itemConsumer is null)
                        {
                            goto ReturnToCaller;
                        }

                        frame = FeedConsumer(frame, yieldingGenerator, itemConsumer, returnValue);
                        pc = frame.Pc;
                        goto LoadFrame;
                    }

                case Opcode.MakeFunction:
                    frame.Pc = pc;
                    Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)) = MakeFunction(frame, Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3), Unsafe.Add(ref word, 4));
                    pc += 5;
                    break;

                case Opcode.LoadAttr:
                    {
                        // An instance attribute at its cached position is read right here; everything else
                        // (methods, class attributes, misses) goes through the cache-filling helper.
                        if (TryLoadCachedInstanceValue(ref frame.State.Caches[Unsafe.Add(ref word, 4)], Unsafe.Add(ref slots, Unsafe.Add(ref word, 2)), out var cached))
                        {
                            Value.Store(ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), cached);
                            pc += 5;
                            break;
                        }

                        frame.Pc = pc;
                        if (!TryLoadAttributeSlow(frame, Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3), Unsafe.Add(ref word, 4), entryFrame, out var slowResult))
                        {
                            goto ResumeAtHandler;
                        }

                        stack = _stack;
                        stack[bp + Unsafe.Add(ref word, 1)] = slowResult;
                        pc += 5;
                        break;
                    }

                case Opcode.StoreAttr:
                    {
                        // Overwriting an instance attribute at its cached position, right here.
                        ref var stored = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 3));
                        if (stored.Ref is not null
                            && TryStoreCachedInstanceValue(ref frame.State.Caches[Unsafe.Add(ref word, 4)], Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), stored))
                        {
                            pc += 5;
                            break;
                        }
                    }

                    frame.Pc = pc;
                    StoreAttribute(frame, Unsafe.Add(ref word, 1), Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3), Unsafe.Add(ref word, 4));
                    stack = _stack;
                    pc += 5;
                    break;

                case Opcode.GetItem:
                case Opcode.GetItemConst:
                    {
                        // GET_ITEM_CONST (xs[3]) takes its key from the constants.
                        var isConst = (Opcode)word == Opcode.GetItemConst;
                        ref var container = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 2));
                        var key = isConst ? constants[Unsafe.Add(ref word, 3)] : Unsafe.Add(ref slots, Unsafe.Add(ref word, 3));
                        if (Subscripts.TryGetSequenceItem(container, key, out var item))
                        {
                            Value.Store(ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), item);
                            pc += 4;
                            break;
                        }

                        frame.Pc = pc;
                        // The container is checked before the key, as CPython loads them: `x[y]` with both unbound names x.
                        if (!TryGetItemSlow(Bound(frame, Unsafe.Add(ref word, 2)), isConst ? key : Bound(frame, Unsafe.Add(ref word, 3)), entryFrame, out var slowResult))
                        {
                            goto ResumeAtHandler;
                        }

                        stack = _stack;
                        stack[bp + Unsafe.Add(ref word, 1)] = slowResult;
                        pc += 4;
                        break;
                    }

                case Opcode.SetItem:
                case Opcode.SetItemValueConst:
                    {
                        // SET_ITEM_VALUE_CONST (flags[i] = True) takes its value from the constants.
                        var isConst = (Opcode)word == Opcode.SetItemValueConst;
                        ref var container = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1));
                        ref var key = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 2));
                        var value = isConst ? constants[Unsafe.Add(ref word, 3)] : Unsafe.Add(ref slots, Unsafe.Add(ref word, 3));
                        if (!Subscripts.TrySetListItem(container, key, value))
                        {
                            frame.Pc = pc;
                            Subscripts.SetItem(
                                Bound(frame, Unsafe.Add(ref word, 1)),
                                Bound(frame, Unsafe.Add(ref word, 2)),
                                isConst ? value : Bound(frame, Unsafe.Add(ref word, 3)));
                            stack = _stack;
                        }

                        pc += 4;
                        break;
                    }

                case Opcode.DeleteItem:
                    frame.Pc = pc;
                    Subscripts.DeleteItem(Bound(frame, Unsafe.Add(ref word, 1)), Bound(frame, Unsafe.Add(ref word, 2)));
                    pc += 3;
                    break;

                case Opcode.BuildList:
                    {
                        frame.Pc = pc;
                        var items = new ReadOnlySpan<Value>(stack, bp + Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3));
                        Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)) = Value.FromObject(new PyList(items));
                        pc += 4;
                        break;
                    }

                case Opcode.BuildTuple:
                    {
                        frame.Pc = pc;
                        var items = new ReadOnlySpan<Value>(stack, bp + Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3));
                        Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)) = Value.FromObject(items.Length == 0 ? PyTuple.Empty : new PyTuple(items.ToArray()));
                        pc += 4;
                        break;
                    }

                case Opcode.BuildString:
                    {
                        var parts = new ReadOnlySpan<Value>(stack, bp + Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3));
                        Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)) = BuildString(parts);
                        pc += 4;
                        break;
                    }

                case Opcode.SetFromConstants:
                    frame.Pc = pc;
                    Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)) = Value.FromObject(SetAlgebra.FromConstantDisplay(constants[Unsafe.Add(ref word, 2)]));
                    pc += 3;
                    break;

                case Opcode.BuildSlice:
                    frame.Pc = pc;
                    Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)) = Value.FromObject(new PySlice(
                        Bound(frame, Unsafe.Add(ref word, 2)), Bound(frame, Unsafe.Add(ref word, 3)), Bound(frame, Unsafe.Add(ref word, 4))));
                    pc += 5;
                    break;

                case Opcode.FormatValue:
                case Opcode.FormatWithSpec:
                    {
                        // FORMAT_WITH_SPEC has the spec's slot before the conversion.
                        frame.Pc = pc;
                        var withSpec = (Opcode)word == Opcode.FormatWithSpec;
                        var spec = withSpec ? (PyStr)Bound(frame, Unsafe.Add(ref word, 3)).Ref! : null;
                        var slowResult = FormatValue(Bound(frame, Unsafe.Add(ref word, 2)), (char)Unsafe.Add(ref word, withSpec ? 4 : 3), spec);
                        stack = _stack;
                        stack[bp + Unsafe.Add(ref word, 1)] = slowResult;
                        pc += withSpec ? 5 : 4;
                        break;
                    }

                case Opcode.BuildDict:
                case Opcode.BuildSet:
                    {
                        frame.Pc = pc;
                        var items = new ReadOnlySpan<Value>(stack, bp + Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3));
                        var slowResult = (Opcode)word == Opcode.BuildDict ? BuildDict(items) : BuildSet(items);
                        stack = _stack;
                        stack[bp + Unsafe.Add(ref word, 1)] = slowResult;
                        pc += 4;
                        break;
                    }

                case Opcode.UnpackStarred:
                    frame.Pc = pc;
                    UnpackStarred(frame, Unsafe.Add(ref word, 1), Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3), Unsafe.Add(ref word, 4));
                    stack = _stack;
                    pc += 5;
                    break;

                case Opcode.UnpackSequence:
                    {
                        // A tuple or list of the right length is copied straight into the targets;
                        // anything else (other iterables, wrong lengths and their errors) goes slow.
                        var count = Unsafe.Add(ref word, 3);
                        var items = Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)).Ref switch
                        {
                            PyTuple tuple => tuple.Items.AsSpan(),
                            PyList list => list.Items,
                            _ => default,
                        };
                        if (items.Length == count && count > 0)
                        {
                            ref var first = ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 2));
                            for (var i = 0; i < items.Length; i++)
                            {
                                Value.Store(ref Unsafe.Add(ref first, i), items[i]);
                            }
                        }
                        else
                        {
                            frame.Pc = pc;
                            Unpack(frame, Unsafe.Add(ref word, 1), Unsafe.Add(ref word, 2), count);
                            stack = _stack;
                        }

                        pc += 4;
                        break;
                    }

                case Opcode.ImportName:
                    {
                        frame.Pc = pc;
                        var slowResult = ImportName(frame, Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3));
                        stack = _stack;
                        stack[bp + Unsafe.Add(ref word, 1)] = slowResult;
                        pc += 4;
                        break;
                    }

                case Opcode.ImportStar:
                    frame.Pc = pc;
                    ImportStar(Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), frame.Globals);
                    pc += 2;
                    break;

                case Opcode.ImportFrom:
                    frame.Pc = pc;
                    Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)) = ImportFrom(frame, Unsafe.Add(ref word, 2), Unsafe.Add(ref word, 3));
                    pc += 4;
                    break;

                case Opcode.PrintExpr:
                    {
                        frame.Pc = pc;
                        var value = Unsafe.Add(ref slots, Unsafe.Add(ref word, 1));
                        if (!value.IsNone)
                        {
                            Runtime.Output.Write(Repr.Of(value));
                            Runtime.Output.Write('\n');
                        }

                        pc += 2;
                        break;
                    }

                case Opcode.LoadName:
                    frame.Pc = pc;
                    Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)) = LoadName(frame, Unsafe.Add(ref word, 2));
                    pc += 3;
                    break;

                case Opcode.StoreName:
                    frame.Pc = pc;
                    StoreName(frame, Unsafe.Add(ref word, 2), Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)));
                    pc += 3;
                    break;

                case Opcode.DeleteName:
                    frame.Pc = pc;
                    DeleteName(frame, Unsafe.Add(ref word, 1));
                    pc += 2;
                    break;

                case Opcode.SetupAnnotations:
                    SetupAnnotations(frame.Locals ?? frame.Globals);
                    pc += 1;
                    break;

                case Opcode.DeleteAttr:
                    frame.Pc = pc;
                    DeleteAttribute(frame, Unsafe.Add(ref word, 1), Unsafe.Add(ref word, 2));
                    stack = _stack;
                    pc += 3;
                    break;

                case Opcode.Raise:
                case Opcode.RaiseFrom:
                case Opcode.Reraise:
                case Opcode.RaiseCurrent:
                    RaiseInstruction(frame, pc, entryFrame);
                ResumeAtHandler:
                    frame = _frames[_frameCount - 1];
                    pc = frame.Pc;
                    goto LoadFrame;

                case Opcode.PushExcInfo:
                case Opcode.PopExcept:
                case Opcode.CheckExcMatch:
                case Opcode.LoadAssertionError:
                    pc = ExceptionBookkeeping(frame, pc);
                    stack = _stack;
                    break;

                case Opcode.MatchSequence:
                case Opcode.MatchMapping:
                case Opcode.GetLen:
                case Opcode.MatchKeys:
                case Opcode.MatchClass:
                case Opcode.CopyDictWithout:
                    pc = PatternInstruction(frame, pc);
                    stack = _stack;
                    break;

                case Opcode.BeforeWith:
                case Opcode.WithExceptArgs:
                    pc = ContextManagerInstruction(frame, pc);
                    stack = _stack;
                    break;

                case Opcode.LoadDeref:
                    {
                        var contents = Unsafe.As<PyCell>(Unsafe.Add(ref slots, Unsafe.Add(ref word, 2)).Ref!).Contents;
                        if (contents.Ref is null)
                        {
                            throw EmptyCellAt(frame, pc, Unsafe.Add(ref word, 2));
                        }

                        Value.Store(ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), contents);
                        pc += 3;
                        break;
                    }

                case Opcode.LoadClassCell:
                    frame.Pc = pc;
                    Value.Store(ref Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), ClassCellContents(frame.Function));
                    pc += 2;
                    break;

                case Opcode.StoreDeref:
                    Unsafe.As<PyCell>(Unsafe.Add(ref slots, Unsafe.Add(ref word, 2)).Ref!).Contents = Unsafe.Add(ref slots, Unsafe.Add(ref word, 1));
                    pc += 3;
                    break;

                case Opcode.ListAppend:
                    Unsafe.As<PyList>(Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)).Ref!).Append(Unsafe.Add(ref slots, Unsafe.Add(ref word, 2)));
                    pc += 3;
                    break;

                case Opcode.SetAdd:
                    frame.Pc = pc;
                    Unsafe.As<PySet>(Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)).Ref!).Add(Unsafe.Add(ref slots, Unsafe.Add(ref word, 2)));
                    stack = _stack;
                    pc += 3;
                    break;

                case Opcode.ListExtend:
                case Opcode.SetUpdate:
                case Opcode.DictUpdate:
                    frame.Pc = pc;
                    AddUnpacked((Opcode)word, Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), Unsafe.Add(ref slots, Unsafe.Add(ref word, 2)));
                    stack = _stack;
                    pc += 3;
                    break;

                case Opcode.DictMerge:
                    frame.Pc = pc;
                    DictMerge(Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), Unsafe.Add(ref slots, Unsafe.Add(ref word, 2)), Unsafe.Add(ref slots, Unsafe.Add(ref word, 3)));
                    stack = _stack;
                    pc += 4;
                    break;

                case Opcode.ListToTuple:
                    Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)) = ListToTuple(Unsafe.Add(ref slots, Unsafe.Add(ref word, 2)));
                    pc += 3;
                    break;

                case Opcode.SetKwDefaults:
                    SetKeywordDefaults(Unsafe.Add(ref slots, Unsafe.Add(ref word, 1)), Unsafe.Add(ref slots, Unsafe.Add(ref word, 2)));
                    pc += 3;
                    break;

                case Opcode.CallEx:
                    {
                        frame.Pc = pc;
                        var callee = Unsafe.Add(ref slots, Unsafe.Add(ref word, 2));
                        var arguments = UnpackCallArguments(callee, Unsafe.Add(ref slots, Unsafe.Add(ref word, 3)), Unsafe.Add(ref slots, Unsafe.Add(ref word, 4)), out var keywordNames);
                        var returnSlot = bp + Unsafe.Add(ref word, 1);
                        if (TryEnterUnpacked(callee, arguments, keywordNames, returnSlot, pc + 5) is { } entered)
                        {
                            frame = entered;
                            pc = 0;
                            goto LoadFrame;
                        }

                        var result = Call(callee, arguments, keywordNames);
                        stack = _stack;
                        stack[returnSlot] = result;
                        pc += 5;
                        break;
                    }

                case Opcode.MakeCell:
                case Opcode.CopyFreeVars:
                case Opcode.DeleteDeref:
                case Opcode.MakeClosure:
                    frame.Pc = pc;
                    ClosureInstruction(frame, pc);
                    pc += InstructionSet.LengthOf((Opcode)word);
                    break;

                default:
                    throw new InvalidOperationException($"The VM cannot execute {InstructionSet.Info((Opcode)word).Name} yet.");
            }

            continue;

            // `frame` has become the running frame (a call entered it, a generator or consumer
            // switched to it, a handler resumes in it) and goes on at `pc`: its state into locals.
        LoadFrame:
            code = frame.Code;
            words = frame.State.Instructions;
            constants = frame.State.Constants;
            seen = frame.State.OperandTypesSeen;
            stack = _stack;
            bp = frame.Base;
            continue;

            // The frame in `frame` has been popped (by RETURN, or by moving into compiled code at a
            // loop header) and produced `returnValue`: continue in its caller.
        ReturnToCaller:
            var callerSlot = frame.ReturnSlot;
            var callerPc = frame.ResumePc;
            if (callerPc < 0)
            {
                // An __init__ the CALL of a class entered: the call's value is the instance.
                returnValue = InitResult(frame.InitInstance!, returnValue);
                frame.InitInstance = null;
                callerPc = ~callerPc;
            }

            if (_frameCount == entryFrame)
            {
                return returnValue;
            }

            frame = _frames[_frameCount - 1];
            Value.Store(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_stack), callerSlot), returnValue);
            pc = callerPc;
            goto LoadFrame;
        }
    }

    /// <summary>Conditions at or above this encoding (is, in, ...) never take the int fast path.</summary>
    private const int Ordered = ((int)CompareOperator.GtE << 1) + 2;

    /// <summary>The four identity conditions (is, is not, each maybe negated) differ only in these bits of their encoding.</summary>
    private const int IdentityBits = 0b11;

    private const int IdentityConditions = (int)CompareOperator.Is << 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IntCondition(long a, long b, int condition)
    {
        var sign = a < b ? 0 : a == b ? 1 : 2;
        return ((ConditionMasks[condition] >> sign) & 1) != 0;
    }

    private static bool FloatCondition(double a, double b, int condition)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            var unordered = CompareCondition.Operator(condition) == CompareOperator.NotEq;
            return unordered != CompareCondition.IsNegated(condition);
        }

        var sign = a < b ? 0 : a == b ? 1 : 2;
        return ((ConditionMasks[condition] >> sign) & 1) != 0;
    }

    private static readonly int[] ConditionMasks = CreateConditionMasks();

    /// <remarks>A loop, not LINQ: LINQ's iterators over ints are framework generics ReadyToRun leaves to the JIT at every start.</remarks>
    private static int[] CreateConditionMasks()
    {
        var masks = new int[Ordered];
        for (var condition = 0; condition < masks.Length; condition++)
        {
            masks[condition] = CompareCondition.OrderMask(condition);
        }

        return masks;
    }
}
