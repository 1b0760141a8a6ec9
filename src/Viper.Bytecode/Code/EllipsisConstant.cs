namespace Viper.Bytecode.Code;

/// <summary>The <c>...</c> constant; <c>None</c> is the null constant.</summary>
public sealed class EllipsisConstant
{
    public static EllipsisConstant Instance { get; } = new();

    private EllipsisConstant()
    {
    }
}
