using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MarketingSaaS.Approvals;

/// <summary>
/// "sha256:" and the SHA-256 (lower-case hex) of what the approvers of a request see: business type, subject, title,
/// amount (trailing zeros ignored), currency, risk tier, special flag, requester unit, budget, description (when given) and the SHA-256 of every
/// attachment (in order). Each field is length-prefixed, so no two contents share a text.
/// </summary>
public static class ApprovalRequestContentHash
{
    public const string Prefix = "sha256:";

    public static string Of(ApprovalRequest request, IEnumerable<string> attachmentHashes)
    {
        string[] fields =
        [
            request.BusinessType,
            request.SubjectModule,
            request.SubjectId,
            request.Title,
            request.Amount.ToString("0.############################", CultureInfo.InvariantCulture),
            request.Currency,
            request.RiskTier.ToString(),
            request.IsSpecial ? "1" : "0",
            request.RequesterUnitId?.ToString("N") ?? "",
            request.BudgetCategory?.ToString() ?? "",
            request.BudgetUnitId?.ToString("N") ?? "",
            // Only when given, so requests without one keep the hash they had before descriptions existed.
            .. request.Description is { } description ? ["description:" + description] : Array.Empty<string>(),
            .. attachmentHashes.Order(StringComparer.Ordinal),
        ];
        var text = new StringBuilder();
        foreach (var field in fields)
        {
            text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append(';');
        }

        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
