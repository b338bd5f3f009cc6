using MarketingSaaS.Framework.ExceptionHandling;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Identity;

/// <summary>Identity's error codes → our field errors (400) or rule violations (422).</summary>
public static class IdentityErrorMapper
{
    public static Exception ToException(IEnumerable<IdentityError> errors)
    {
        var list = errors.ToList();
        var password = list.Where(e => e.Code.StartsWith("Password", StringComparison.Ordinal)).ToList();
        if (password.Count > 0)
        {
            return new BusinessException(MarketingSaaSErrorCodes.PasswordTooWeak, new Dictionary<string, object?>
            {
                ["reason"] = string.Join(" ", password.Select(e => e.Description)),
            }, statusCode: 400);
        }

        var first = list.FirstOrDefault();
        return first?.Code switch
        {
            nameof(IdentityErrorDescriber.DuplicateUserName) => new BusinessException(MarketingSaaSErrorCodes.UserNameTaken),
            nameof(IdentityErrorDescriber.DuplicateEmail) => new BusinessException(MarketingSaaSErrorCodes.EmailTaken),
            nameof(IdentityErrorDescriber.DuplicateRoleName) => new BusinessException(MarketingSaaSErrorCodes.RoleNameTaken),
            nameof(IdentityErrorDescriber.InvalidEmail) => new FieldValidationException("email", "Framework:InvalidFormat"),
            nameof(IdentityErrorDescriber.InvalidUserName) => new FieldValidationException("userName", "Framework:InvalidFormat"),
            nameof(IdentityErrorDescriber.ConcurrencyFailure) => new ConcurrencyException(new InvalidOperationException(first.Description)),
            _ => new InvalidOperationException(string.Join(" ", list.Select(e => $"{e.Code}: {e.Description}"))),
        };
    }
}
