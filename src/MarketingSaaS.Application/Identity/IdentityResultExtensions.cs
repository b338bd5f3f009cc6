using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Identity;

internal static class IdentityResultExtensions
{
    public static void ThrowIfFailed(this IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw IdentityErrorMapper.ToException(result.Errors);
        }
    }
}
