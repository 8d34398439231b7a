namespace ModelLicenseGuard.Runtime;

/// <summary>
/// One place a library is told which model to use: a parameter of a method or constructor, or a property that is set.
/// </summary>
public sealed class CallShape
{
    /// <summary>The member name that means a constructor.</summary>
    public const string Constructor = ".ctor";

    /// <summary>The parameter column of a property: the value assigned to it.</summary>
    public const string AssignedValue = "=";

    public CallShape(string typeName, string member, string parameter, ModelValueKind kind, int line)
    {
        TypeName = typeName;
        Member = member;
        Parameter = parameter;
        Kind = kind;
        Line = line;
    }

    /// <summary>The metadata name of the type declaring the member (for extension methods, their static class).</summary>
    public string TypeName { get; }

    /// <summary>A method name, <see cref="Constructor"/>, or a property name.</summary>
    public string Member { get; }

    /// <summary>The parameter that takes the model, or <see cref="AssignedValue"/> for a property.</summary>
    public string Parameter { get; }

    public ModelValueKind Kind { get; }

    /// <summary>The line in the table, for messages about the table itself.</summary>
    public int Line { get; }

    public bool IsProperty => Parameter == AssignedValue;
}
