namespace MarketingSaaS.Approvals;

/// <summary>
/// What a <see cref="DefaultApprovalPolicyProvider"/> sees: the company's language for names, its default positions by
/// name (a missing one fails the import with a business error), and where to add its policies.
/// </summary>
public sealed class DefaultApprovalPolicyContext(bool isChinese, Func<string, string, CancellationToken, Task<Guid>> findPosition)
{
    private readonly List<DefaultApprovalPolicyDraft> _policies = [];

    public IReadOnlyList<DefaultApprovalPolicyDraft> Policies => _policies;

    /// <summary>The Chinese or the English name, as the company's default data is.</summary>
    public string Text(string chinese, string english) => isChinese ? chinese : english;

    /// <summary>The id of the default position named so in Chinese or in English.</summary>
    public Task<Guid> FindPositionAsync(string chinese, string english, CancellationToken cancellationToken) =>
        findPosition(chinese, english, cancellationToken);

    public void Add(string businessType, string name, IReadOnlyList<ApprovalRuleDraft> rules) =>
        _policies.Add(new DefaultApprovalPolicyDraft(businessType, name, rules));
}
