using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Account;

internal static class CookieSession
{
    /// <summary>
    /// Re-issues the portal cookie after the user's security stamp changed (password, e-mail, two-factor),
    /// so that the stamp check at the next validation interval keeps this session; bearer clients are left alone.
    /// </summary>
    public static async Task RefreshAsync(HttpContext http, SignInManager<AppUser> signInManager)
    {
        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!cookie.Succeeded)
        {
            return;
        }

        var user = await signInManager.UserManager.GetUserAsync(cookie.Principal);
        if (user is not null)
        {
            await signInManager.RefreshSignInAsync(user);
        }
    }
}
