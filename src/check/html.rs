//! Just enough HTML reading for `check`: tags with their attributes, quoted or not (minified
//! output drops quotes), in built pages whose markup steppe itself wrote.

/// One start tag: its lowercase name and attributes (name, value; value empty when absent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub name: String,
    pub attributes: Vec<(String, String)>,
}

impl Tag {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// Every start tag of `html`, skipping comments and the insides of script and style.
pub fn tags(html: &str) -> Vec<Tag> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        if let Some(after) = rest.strip_prefix("!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let name_len = rest.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(rest.len());
        if name_len == 0 {
            continue;
        }
        let name = rest[..name_len].to_ascii_lowercase();
        let (attributes, consumed) = attributes(&rest[name_len..]);
        rest = &rest[name_len + consumed..];
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            rest = rest.find(&close).map_or("", |end| &rest[end..]);
        }
        found.push(Tag { name, attributes });
    }
    found
}

/// Attributes up to the end of the tag, and how many bytes they took.
fn attributes(text: &str) -> (Vec<(String, String)>, usize) {
    let bytes = text.as_bytes();
    let mut list = Vec::new();
    let mut i = 0;
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() || bytes[i] == b'>' {
            return (list, (i + 1).min(bytes.len()));
        }
        let start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() && !matches!(bytes[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let name = text[start..i].to_ascii_lowercase();
        let mut value = String::new();
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            if i < bytes.len() && (bytes[i] == b'"' || bytes[i] == b'\'') {
                let quote = bytes[i];
                let end = text[i + 1..]
                    .bytes()
                    .position(|b| b == quote)
                    .map_or(bytes.len(), |p| i + 1 + p);
                value = text[i + 1..end].to_owned();
                i = (end + 1).min(bytes.len());
            } else {
                let end = text[i..]
                    .find(|c: char| c.is_ascii_whitespace() || c == '>')
                    .map_or(bytes.len(), |p| i + p);
                value = text[i..end].to_owned();
                i = end;
            }
        }
        if !name.is_empty() {
            list.push((name, html_escape::decode_html_entities(&value).into_owned()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quoted_and_unquoted_attributes() {
        let found = tags(
            "<html lang=ar dir=rtl><a href=\"x/#a\" class='c'>t</a><img src=p.png alt><script>if(a<b){}</script><p id=z>",
        );
        assert_eq!(found[0].get("lang"), Some("ar"));
        assert_eq!(found[1].get("href"), Some("x/#a"));
        assert_eq!(found[2].get("alt"), Some(""));
        assert_eq!(
            found.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(),
            ["html", "a", "img", "script", "p"]
        );
        assert_eq!(found[4].get("id"), Some("z"));
    }
}
