namespace Viper.Runtime.Values;

/// <summary>
/// Marks a <see cref="Value"/> whose payload is stored inline: its reference field holds one of
/// these sentinels instead of a heap object. Never visible to Python code.
/// </summary>
public sealed class InlineTag
{
    private InlineTag(string name) => Name = name;

    public static InlineTag Int { get; } = new("int");

    public static InlineTag Float { get; } = new("float");

    public string Name { get; }

    public override string ToString() => Name;
}
