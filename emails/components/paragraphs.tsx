import { Text } from '@react-email/components'
import { Fragment } from 'react'

/** Text someone typed, kept as they wrote it: blank lines start paragraphs, single breaks stay. */
export function Paragraphs(props: { text: string; quoted?: boolean }) {
  return (
    <>
      {props.text.split(/\r?\n\s*\r?\n/).map((para, i) => (
        <Text key={i} style={props.quoted ? { borderLeft: '4px solid #b1b4b6', paddingLeft: '12px' } : undefined}>
          {para.split(/\r?\n/).map((line, j) => (
            <Fragment key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </Text>
      ))}
    </>
  )
}
