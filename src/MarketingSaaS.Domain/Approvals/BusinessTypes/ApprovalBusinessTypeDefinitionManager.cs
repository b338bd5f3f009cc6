using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Approvals.BusinessTypes;

/// <summary>Every registered business type, in registration order (the platform's first, then each module's).</summary>
public sealed class ApprovalBusinessTypeDefinitionManager
{
    private readonly Lazy<IReadOnlyList<ApprovalBusinessTypeDefinition>> _definitions;

    public ApprovalBusinessTypeDefinitionManager(IEnumerable<ApprovalBusinessTypeDefinitionProvider> providers)
    {
        _definitions = new Lazy<IReadOnlyList<ApprovalBusinessTypeDefinition>>(() =>
        {
            var context = new ApprovalBusinessTypeDefinitionContext();
            foreach (var provider in providers)
            {
                provider.Define(context);
            }

            var duplicate = context.BusinessTypes.GroupBy(t => t.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            return duplicate is null
                ? context.BusinessTypes
                : throw new InvalidOperationException($"The approval business type '{duplicate.Key}' is registered twice.");
        });
    }

    public IReadOnlyList<ApprovalBusinessTypeDefinition> All => _definitions.Value;

    public bool IsDefined(string name) => _definitions.Value.Any(t => t.Name == name);

    /// <summary>Input naming a business type nobody registered is a field error (400), never stored.</summary>
    public void CheckDefined(string name, string field)
    {
        if (!IsDefined(name))
        {
            throw new FieldValidationException(field, ApprovalBusinessTypeErrorCodes.UnknownBusinessType);
        }
    }
}
