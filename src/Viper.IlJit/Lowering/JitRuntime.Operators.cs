using Viper.Frontend.Ast;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Lowering;

/// <summary>Binary operators on instances of classes written in Python, from compiled code.</summary>
internal static partial class JitRuntime
{
    /// <summary>
    /// A binary operator at a site that saw operands other than ints and floats. An instance of a
    /// class written in Python on the left, with an operand of the same class or of a builtin type on
    /// the right (a vector class's <c>a - b</c> or <c>v * 2.0</c>), calls the class's compiled method
    /// through its direct body: no other method can come first there (a builtin right operand is no
    /// subclass of the left's class, and its reflected method is its own type's business, which
    /// declines an instance of a Python class). A raise in the method comes back parked, as from a
    /// direct call. Everything else goes where the VM sends it.
    /// </summary>
    public static Value BinaryObject(Interpreter interpreter, BinaryOperator op, Value a, Value b, bool inplace)
    {
        if (ExactType.Is(a.Ref, out PyInstance? instance)
            && (ReferenceEquals(b.Type, instance.Type) || b.Type.IsBuiltin)
            && !(inplace && SpecialMethods.TryFindOperator(instance.Type, op, OperatorForm.InPlace, out _))
            && SpecialMethods.TryFindOperator(instance.Type, op, OperatorForm.Plain, out var method)
            && method.Ref is PyFunction function
            && function.Code.CompiledEntry is CompiledCode compiled
            && ReferenceEquals(compiled.Globals, function.Globals))
        {
            Value result;
            switch (compiled.DirectBody)
            {
                case Func<Interpreter, Value, Value, Value> body:
                    result = body(interpreter, a, b);
                    break;
                case Func<Interpreter, PyFunction, Value, Value, Value> body:
                    result = body(interpreter, function, a, b);
                    break;
                default:
                    return Generic(interpreter, op, a, b, inplace);
            }

            // Declined with the other operand's type unable to reflect: the builtin operation's TypeError.
            return SpecialMethods.IsNotImplemented(result) ? Arithmetic.BuiltinBinary(op, a, b, inplace) : result;
        }

        return Generic(interpreter, op, a, b, inplace);
    }

    private static Value Generic(Interpreter interpreter, BinaryOperator op, Value a, Value b, bool inplace) =>
        op is BinaryOperator.Div or BinaryOperator.FloorDiv or BinaryOperator.Mod
            ? Division(interpreter, op, a, b, inplace)
            : Arithmetic.Binary(op, a, b, inplace);
}
