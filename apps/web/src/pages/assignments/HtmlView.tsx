import { Typography, type TypographyProps } from '@mantine/core';
import classes from './HtmlView.module.css';

/**
 * Report HTML as it will read: the server has sanitised what it stores and what it previews
 * (tags of text structure only, no scripts, styles or event attributes); the editor's own copy
 * comes out of TipTap's schema, which knows no others.
 */
export function HtmlView({ html, ...rest }: { html: string } & TypographyProps) {
  return (
    <Typography className={classes.html} {...rest}>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised report HTML, see above */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
