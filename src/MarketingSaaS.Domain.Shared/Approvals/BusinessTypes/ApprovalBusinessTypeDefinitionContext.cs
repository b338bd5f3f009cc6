namespace MarketingSaaS.Approvals.BusinessTypes;

public sealed class ApprovalBusinessTypeDefinitionContext
{
    private readonly List<ApprovalBusinessTypeDefinition> _businessTypes = [];

    public IReadOnlyList<ApprovalBusinessTypeDefinition> BusinessTypes => _businessTypes;

    public ApprovalBusinessTypeDefinition Add(string name)
    {
        if (name.Length is 0 or > ApprovalBusinessTypeConsts.MaxNameLength)
        {
            throw new ArgumentException($"A business type name has 1 to {ApprovalBusinessTypeConsts.MaxNameLength} characters: '{name}'.", nameof(name));
        }

        var businessType = new ApprovalBusinessTypeDefinition(name);
        _businessTypes.Add(businessType);
        return businessType;
    }
}
