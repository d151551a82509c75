using System.Collections.Frozen;

namespace PartnershipSite.Content;

/// <summary>
/// Latin letters with accents folded to their base letter for addresses ("Café" → "cafe", "Ŵyl" → "wyl",
/// "Straße" → "strasse"). The build runs with invariant globalization (the same output on every machine), where
/// <c>string.Normalize</c> cannot decompose, so the table is here: every precomposed letter of Latin-1, Latin
/// Extended-A and -B and Latin Extended Additional whose decomposition starts with an ASCII letter, plus the
/// letters that have none (ß, æ, ø, ł, œ, þ, ð …). Made with Python's <c>unicodedata.normalize("NFD", …)</c>.
/// </summary>
internal static class LatinFold
{
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";

    private const string Bases = "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyyaabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwyaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy";

    private static readonly FrozenDictionary<char, string> Letters = BuildLetters();

    /// <summary>The ASCII letters <paramref name="c"/> folds to, or null when it is not a Latin letter with a fold.</summary>
    public static string? Of(char c) => Letters.TryGetValue(c, out var folded) ? folded : null;

    private static FrozenDictionary<char, string> BuildLetters()
    {
        var letters = new Dictionary<char, string>
        {
        ['Æ'] = "ae",
        ['Ð'] = "d",
        ['Ø'] = "o",
        ['Þ'] = "th",
        ['ß'] = "ss",
        ['æ'] = "ae",
        ['ð'] = "d",
        ['ø'] = "o",
        ['þ'] = "th",
        ['Đ'] = "d",
        ['đ'] = "d",
        ['Ħ'] = "h",
        ['ħ'] = "h",
        ['ı'] = "i",
        ['ĸ'] = "k",
        ['Ŀ'] = "l",
        ['ŀ'] = "l",
        ['Ł'] = "l",
        ['ł'] = "l",
        ['ŉ'] = "n",
        ['Œ'] = "oe",
        ['œ'] = "oe",
        ['Ŧ'] = "t",
        ['ŧ'] = "t",
        ['ſ'] = "s",
        ['ƒ'] = "f",
        };
        for (var i = 0; i < Accented.Length; i++)
        {
            letters[Accented[i]] = Bases[i].ToString();
        }
        return letters.ToFrozenDictionary();
    }
}
